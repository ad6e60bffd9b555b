/**
 * Handover and cover between coordinators: moving a coordinator's open duos to another in one go, and covers, in
 * which one coordinator follows up an absent colleague's duos for a period without taking them over. Alerts and
 * caseload ask {@link be.buddytrajectories.core.handover.Covers} whom a coordinator covers today.
 */
package be.buddytrajectories.core.handover;
