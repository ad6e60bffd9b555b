/**
 * The match-quality harness behind {@code bin/match-eval}: reads a judged set ({@code ../shared/match-eval/FORMAT.md}),
 * runs the plugin's own index and matcher over it, and scores the suggestions (nDCG@10, P@5, MRR) and their
 * hard-rule violations. The violation check re-implements the FORMAT rules on purpose instead of calling the
 * matcher, so a matcher bug cannot hide itself. Also holds the seeded generator of our own judged set.
 */
package be.buddytrajectories.bench.eval;
