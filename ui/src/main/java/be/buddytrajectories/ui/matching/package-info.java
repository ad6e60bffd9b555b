/** Matching for coordinators: suggestions with reasons and "why not" for one newcomer, and the match round. */
package be.buddytrajectories.ui.matching;
