/** Training and intervision sessions for buddies, and group activities for all duos, with attendance. */
package be.buddytrajectories.ui.training;
