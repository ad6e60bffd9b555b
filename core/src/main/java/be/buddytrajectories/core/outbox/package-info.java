/**
 * The transactional outbox for the search index: a change that affects whether or how a volunteer can be matched
 * writes a row in the same transaction as the change, so an index can never miss a committed change nor see a
 * rolled-back one.
 * <p>
 * Every host keeps an index of its own (several hosts may share one database). Row ids are taken at insert, so a
 * transaction that commits late can hold a lower id than rows already read: an id is no cursor. Hence a committed row
 * gets a position, in the order rows are seen committed, from one sequencer at a time (a row lock), and each host
 * reads by position and records in {@code buddy_index_host} how far it has applied. A row goes once every registered
 * host has passed it; a host away for longer than {@code buddy.index.host.expiry.minutes} is unregistered and
 * rebuilds its index from the database when it returns.
 */
package be.buddytrajectories.core.outbox;
