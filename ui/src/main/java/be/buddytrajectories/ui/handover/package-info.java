/** Handover of duos between coordinators and covers for an absent one ({@code buddy/handover}). */
package be.buddytrajectories.ui.handover;
