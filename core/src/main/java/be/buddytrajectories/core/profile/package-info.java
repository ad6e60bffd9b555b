/**
 * Buddy profiles: what a volunteer tells the programme about himself so that a coordinator (and the matcher) can
 * find him a newcomer. The volunteer's name and contact details stay in the host; the profile refers to him by
 * the host's id. The buddy controls his own availability status.
 */
package be.buddytrajectories.core.profile;
