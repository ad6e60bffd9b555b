package be.buddytrajectories.core.alerts;

/** Why a duo (or, for a screening, a buddy) needs the coordinator's attention. */
public enum AlertKind {
    CHECK_IN_OVERDUE,
    /** The newcomer's or the buddy's latest answer to the pulse or the fit check was "not good". */
    NOT_GOOD_ANSWER,
    /** No contact for the programme's warning threshold (14 days by default). */
    NO_CONTACT_WARNING,
    /** No contact for the programme's alert threshold (30 days by default). */
    NO_CONTACT_ALERT,
    PLANNED_END_NEAR,
    HOURS_TARGET_REACHED,
    /** The screening that makes a buddy screened expires within {@link AlertRules#SCREENING_WARNING_DAYS}. */
    SCREENING_EXPIRING,
    /** It has expired while the buddy is available or in a duo. */
    SCREENING_EXPIRED
}
