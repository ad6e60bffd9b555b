package be.buddytrajectories.core.alerts;

/** Why a duo needs the coordinator's attention. */
public enum AlertKind {
    CHECK_IN_OVERDUE,
    /** The newcomer's or the buddy's latest answer to the pulse or the fit check was "not good". */
    NOT_GOOD_ANSWER,
    /** No contact for the programme's warning threshold (14 days by default). */
    NO_CONTACT_WARNING,
    /** No contact for the programme's alert threshold (30 days by default). */
    NO_CONTACT_ALERT,
    PLANNED_END_NEAR,
    HOURS_TARGET_REACHED
}
