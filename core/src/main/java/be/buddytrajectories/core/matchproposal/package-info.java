/**
 * Match proposals: a coordinator proposes a buddy (or two) for a waiting newcomer, with the matcher's score and
 * reasons, and records the decision. A declined proposal keeps its reason (so the matcher never suggests that pair
 * again) and the newcomer keeps his place on the waiting list.
 */
package be.buddytrajectories.core.matchproposal;
