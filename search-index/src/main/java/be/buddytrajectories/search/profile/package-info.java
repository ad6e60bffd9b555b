/**
 * The records the search module is fed with: what a buddy profile and a newcomer intake look like to the
 * index, the programme's hard rules and the versioned weights of the soft preferences. They mirror
 * {@code ../shared/match-eval/FORMAT.md} so that the match-quality harness and the plugin use one model.
 */
package be.buddytrajectories.search.profile;
