/**
 * Group activities open to all duos (a city walk, a cooking evening), with attendance: they widen the newcomer's
 * network beyond one buddy.
 */
package be.buddytrajectories.core.activity;
