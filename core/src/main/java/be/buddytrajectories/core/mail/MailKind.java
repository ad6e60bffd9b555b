package be.buddytrajectories.core.mail;

import java.util.List;
import java.util.Set;

/**
 * The kinds of mail the plugin sends. Each has its audiences and the placeholders its wording may use; the admin
 * switches each kind on or off and edits its wording, and each person can opt out of each kind.
 */
public enum MailKind {
    /** A coordinator introduces a proposed or accepted duo, with what he chose to share. */
    INTRODUCTION(Set.of(Audience.BUDDY, Audience.NEWCOMER),
            List.of("firstName", "partner", "partnerMunicipality", "message", "contact", "link")),
    /** The duo has had no contact for the programme's warning threshold (14 days by default). */
    NO_CONTACT_REMINDER(Set.of(Audience.BUDDY), List.of("firstName", "partner", "days", "link")),
    /** A check-in (or the fit check) is due within {@link MailRounds#INVITE_DAYS_AHEAD} days. */
    CHECK_IN_INVITATION(Set.of(Audience.BUDDY, Audience.NEWCOMER), List.of("firstName", "partner", "date", "answers")),
    /** Each coordinator's week: alerts, new on the waiting list, duos near their hours. */
    WEEKLY_DIGEST(Set.of(Audience.COORDINATOR), List.of("firstName", "week", "digest", "link")),
    /** The duo reached its hours target; the newcomer's mail carries the proof of participation. */
    THANK_YOU(Set.of(Audience.BUDDY, Audience.NEWCOMER), List.of("firstName", "partner", "hours"));

    private final Set<Audience> audiences;
    private final List<String> placeholders;

    MailKind(Set<Audience> audiences, List<String> placeholders) {
        this.audiences = audiences;
        this.placeholders = placeholders;
    }

    public Set<Audience> audiences() {
        return audiences;
    }

    /** The names a wording may use as {@code {name}}. */
    public List<String> placeholders() {
        return placeholders;
    }
}
