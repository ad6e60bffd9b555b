/**
 * The newcomer's personal link: issued by a coordinator, kept only as a hash, revocable, and dead as soon as the
 * duo no longer runs; and what the page behind it shows and accepts ("we met", the pulse and fit check, hours).
 */
package be.buddytrajectories.core.newcomerlink;
