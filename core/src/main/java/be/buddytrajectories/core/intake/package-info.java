/**
 * Newcomer intake: what a newcomer tells the programme so that a buddy can be found, and the newcomer's place on
 * the waiting list. It deliberately has no field for a national register number, religion, health or asylum
 * story: the programme does not need them, so it must not be able to store them.
 */
package be.buddytrajectories.core.intake;
