/**
 * Parts that describe a person in either role, buddy or newcomer: weekly availability, home location, spoken
 * languages and consent. Both profiles use the same parts so that the matcher compares like with like.
 */
package be.buddytrajectories.core.person;
