/**
 * Contacts ("we met"): logged in one call by the buddy or a coordinator (for himself or on the newcomer's behalf).
 * Only past contacts count toward the hours target, because the proof of participation certifies what happened.
 */
package be.buddytrajectories.core.contact;
