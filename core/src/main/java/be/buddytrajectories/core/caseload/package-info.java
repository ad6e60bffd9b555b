/**
 * Caseload: the trajectories a coordinator follows up, with the figures he needs at a glance, and the spread of
 * trajectories over coordinators for the one who divides the work.
 */
package be.buddytrajectories.core.caseload;
