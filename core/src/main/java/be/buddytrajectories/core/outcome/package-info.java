/**
 * Outcome measures: plain-language questions at intake and closure, only with the newcomer's separate consent, and
 * reported only in aggregate with small cells suppressed, so that no figure points at one person.
 */
package be.buddytrajectories.core.outcome;
