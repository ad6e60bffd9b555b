/** Newcomers: intake (registering the host person when needed), the waiting list and one newcomer's trajectories. */
package be.buddytrajectories.ui.newcomers;
