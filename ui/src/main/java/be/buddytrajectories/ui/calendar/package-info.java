/**
 * The buddy's calendar feed: the panel on his self-service page that makes, replaces and revokes its link, and the
 * HTTP endpoint outside Vaadin's routing that serves {@code GET /buddy/agenda/<token>.ics}.
 */
package be.buddytrajectories.ui.calendar;
