/** Reports for the coordinator: first the fairness of the waiting list. */
package be.buddytrajectories.ui.reports;
