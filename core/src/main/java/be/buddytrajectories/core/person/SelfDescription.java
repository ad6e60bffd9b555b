package be.buddytrajectories.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * What a buddy's profile and a newcomer's intake have in common: what the person tells about himself in his own
 * words, where he lives, and his consent, with the same columns, limits and rules in both tables so that the
 * matcher compares like with like. Interests, languages and availability stay with each, in their own tables.
 */
@MappedSuperclass
public abstract class SelfDescription {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Size(max = Limits.NOTE_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "interests_note", length = Limits.NOTE_LENGTH)
    private String interestsNote;

    @Size(max = Limits.ABOUT_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "about", length = Limits.ABOUT_LENGTH)
    private String about;

    @Size(max = Limits.PROFESSION_LENGTH, message = "{buddy.text.tooLong}")
    @Column(name = "profession", length = Limits.PROFESSION_LENGTH)
    private String profession;

    @Valid
    @NotNull(message = "{buddy.location.required}")
    @Embedded
    private HomeLocation location;

    @Valid
    @NotNull(message = "{buddy.consent.required}")
    @Embedded
    private Consent consent;

    /** What an input (a form, a spreadsheet row) tells of these parts. */
    public interface Told {
        String interestsNote();

        String about();

        String profession();

        HomeLocation location();

        Consent consent();
    }

    protected SelfDescription() {
    }

    /** Replaces these parts with what the person told now. */
    protected void retell(Told told) {
        interestsNote = told.interestsNote();
        about = told.about();
        profession = told.profession();
        location = told.location();
        consent = told.consent();
    }

    public long version() {
        return version;
    }

    public Optional<String> interestsNote() {
        return Optional.ofNullable(interestsNote);
    }

    public Optional<String> about() {
        return Optional.ofNullable(about);
    }

    public Optional<String> profession() {
        return Optional.ofNullable(profession);
    }

    public HomeLocation location() {
        return location;
    }

    public Consent consent() {
        return consent;
    }

    /** Bounds shared by the columns, the constraints and the forms of both profiles. */
    public static final class Limits {
        public static final int MAX_LANGUAGES = 10;
        public static final int MAX_INTERESTS = 30;
        public static final int INTEREST_LENGTH = 60;
        public static final int NOTE_LENGTH = 500;
        public static final int ABOUT_LENGTH = 2000;
        public static final int PROFESSION_LENGTH = 120;

        private Limits() {
        }
    }
}
