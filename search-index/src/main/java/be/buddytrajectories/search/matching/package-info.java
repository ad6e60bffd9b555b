/**
 * Suggesting buddies for a newcomer. {@link be.buddytrajectories.search.matching.Matcher} turns the programme's
 * hard rules into FILTER clauses (one small method each, so "why not" can test them one by one) and the soft
 * preferences into named, boosted SHOULD clauses weighted by {@link
 * be.buddytrajectories.search.profile.MatchWeights}. Reasons are rendered from the named clauses that matched
 * each suggestion (Lucene's Matches API), never from {@code explain}, in Dutch or English from the
 * {@code Reasons} message bundle.
 */
package be.buddytrajectories.search.matching;
