/**
 * Calendars: a buddy's personal iCal feed (planned meetings, check-ins of his duos, trainings and group
 * activities) behind a revocable hashed token, and single-event invitations for mails ({@link
 * be.buddytrajectories.core.calendar.Invitations}).
 */
package be.buddytrajectories.core.calendar;
