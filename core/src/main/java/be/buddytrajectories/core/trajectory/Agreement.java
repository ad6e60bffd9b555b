package be.buddytrajectories.core.trajectory;

import be.buddytrajectories.core.validation.PlainText;
import be.buddytrajectories.core.validation.SingleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * What the duo agreed at the start: goals, rhythm, what the buddy does and does not do, where housing and work
 * questions go, and whom to call. Written down because clear limits keep buddies from burning out.
 */
@Embeddable
public class Agreement {

    @NotBlank(message = "{buddy.agreement.goals.required}")
    @PlainText
    @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_goals", length = Limits.TEXT_LENGTH)
    private String goals;

    @NotBlank(message = "{buddy.agreement.rhythm.required}")
    @SingleLine
    @Size(max = Limits.RHYTHM_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_rhythm", length = Limits.RHYTHM_LENGTH)
    private String rhythm;

    @PlainText
    @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_buddy_does", length = Limits.TEXT_LENGTH)
    private String buddyDoes;

    @PlainText
    @Size(max = Limits.TEXT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_buddy_does_not", length = Limits.TEXT_LENGTH)
    private String buddyDoesNot;

    @PlainText
    @Size(max = Limits.REFERRAL_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_referrals", length = Limits.REFERRAL_LENGTH)
    private String referrals;

    @NotBlank(message = "{buddy.agreement.contactPerson.required}")
    @SingleLine
    @Size(max = Limits.CONTACT_PERSON_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "agreement_contact_person", length = Limits.CONTACT_PERSON_LENGTH)
    private String contactPerson;

    protected Agreement() {
    }

    /**
     * @param referrals     where the buddy sends housing, work or legal questions instead of solving them himself
     * @param contactPerson the programme's contact person, who also signs the proof of participation
     */
    public Agreement(String goals, String rhythm, String buddyDoes, String buddyDoesNot, String referrals,
                     String contactPerson) {
        this.goals = goals;
        this.rhythm = rhythm;
        this.buddyDoes = buddyDoes;
        this.buddyDoesNot = buddyDoesNot;
        this.referrals = referrals;
        this.contactPerson = contactPerson;
    }

    public String goals() {
        return goals;
    }

    public String rhythm() {
        return rhythm;
    }

    public Optional<String> buddyDoes() {
        return Optional.ofNullable(buddyDoes);
    }

    public Optional<String> buddyDoesNot() {
        return Optional.ofNullable(buddyDoesNot);
    }

    public Optional<String> referrals() {
        return Optional.ofNullable(referrals);
    }

    public String contactPerson() {
        return contactPerson;
    }

    /** Bounds shared by the columns, the constraints and the forms. */
    public static final class Limits {
        public static final int TEXT_LENGTH = 1000;
        public static final int RHYTHM_LENGTH = 200;
        public static final int REFERRAL_LENGTH = 500;
        public static final int CONTACT_PERSON_LENGTH = 120;

        private Limits() {
        }
    }
}
