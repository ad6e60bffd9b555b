/** The coordinator's start screen: the programme at a glance and the waiting list. */
package be.buddytrajectories.ui.dashboard;
