/**
 * Buddy profiles: what a volunteer tells the programme about himself so that a coordinator (and the matcher) can
 * find him a newcomer. The volunteer's name and contact details stay in the host; the profile refers to him by
 * the host's id. The buddy controls his own availability status.
 *
 * <p>Screening: each buddy has a history of screenings (criminal-record extract model 1 or 2, interview,
 * reference), each valid for the programme's "screening valid for" months from its issue date. Only a
 * criminal-record extract (or a screening recorded before kinds existed, which the programme accepted then) makes a
 * buddy <em>screened</em>; interviews and references are kept in the history. A buddy is screened on a day when
 * such a screening is valid that day: the profile keeps the last valid day, and the proposal gate, the index and
 * the alerts compare it with the day asked.
 */
package be.buddytrajectories.core.profile;
