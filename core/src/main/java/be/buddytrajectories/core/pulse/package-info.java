/**
 * How the duo is going in the participants' own words: the newcomer's and the buddy's answers to the pulse ("how is
 * it going with your buddy?") and the fit check ("do you want to continue?"), three faces each.
 */
package be.buddytrajectories.core.pulse;
