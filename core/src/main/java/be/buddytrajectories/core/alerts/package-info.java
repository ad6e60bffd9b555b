/**
 * Alerts for coordinators: what needs attention today (an overdue check-in, a duo without contact, a planned end
 * coming up, an hours target reached, a buddy's screening about to expire). Computed from the data on demand, so
 * there is nothing to keep in sync.
 */
package be.buddytrajectories.core.alerts;
