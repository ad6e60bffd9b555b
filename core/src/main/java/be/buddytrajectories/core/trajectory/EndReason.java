package be.buddytrajectories.core.trajectory;

/** Why a trajectory ended; the taxonomy programmes report on. */
public enum EndReason {
    COMPLETED, MOVED, TIME, MISMATCH, FOUND_WORK_OR_STUDY, HEALTH, LOST_CONTACT, OTHER
}
