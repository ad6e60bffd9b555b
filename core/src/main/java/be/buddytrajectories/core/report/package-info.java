/**
 * The period report a programme sends its funders: whom it reached, how many duos started, ran and ended (and why),
 * their hours, how long newcomers waited, what the outcome questions say and how much the buddies trained, for a
 * date range and optionally one municipality.
 *
 * <p>Every figure is a {@link be.buddytrajectories.core.report.Figure}: a count of 1 to 4 people, and any median,
 * share or average over fewer than {@link be.buddytrajectories.core.report.Figure#SMALLEST_GROUP} people, is
 * suppressed, because a funder's report must not point at persons. Where a suppressed count could be worked out
 * from its total and the other counts of the same breakdown, the smallest other count is suppressed too. The
 * report is computed from the database each time (nothing is stored), and its exports are audited.
 */
package be.buddytrajectories.core.report;
