/**
 * The Lucene side of Buddy Trajectories: an on-disk index of buddy profiles, the matcher that suggests and
 * explains buddies for a newcomer, the coordinator's faceted search and the monthly match round.
 *
 * <p>Plain Java without JPA, Vaadin or CDI so that {@code core} can wrap it and {@code bench} can measure it
 * with exactly the code the plugin runs. Entry points: {@link be.buddytrajectories.search.index.ProfileIndex},
 * {@link be.buddytrajectories.search.matching.Matcher}, {@link be.buddytrajectories.search.browse.ProfileBrowser}
 * and {@link be.buddytrajectories.search.round.MatchRound}; the input records live in
 * {@link be.buddytrajectories.search.profile}.
 */
package be.buddytrajectories.search;
