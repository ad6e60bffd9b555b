/**
 * Check-ins: the coordinator's light follow-up of a running duo (support, not control). They are scheduled from the
 * programme settings when a duo starts, dropped when it ends, and an overdue one raises an alert.
 */
package be.buddytrajectories.core.checkin;
