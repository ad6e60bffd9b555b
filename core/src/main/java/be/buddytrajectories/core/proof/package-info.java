/**
 * Proof of participation (bewijs van deelname) for the participation and network track: hours, period, activity
 * types and contact person of a duo, as data and as a PDF ready to sign. Only totals leave the system, never the
 * contacts themselves or any note.
 */
package be.buddytrajectories.core.proof;
