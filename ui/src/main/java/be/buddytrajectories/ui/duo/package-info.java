/**
 * One duo for its coordinator: the proposal and its decision, the start with the agreement, contacts with the hours
 * toward the target, the fit check, check-ins with their pulse, and pause, resume or close with a reason.
 */
package be.buddytrajectories.ui.duo;
