/**
 * The transactional outbox for the search index: a change that affects whether or how a volunteer can be matched
 * writes a row in the same transaction as the change, so the index can never miss a committed change nor see a
 * rolled-back one. One consumer reads the rows in id order and remembers the last id it applied.
 */
package be.buddytrajectories.core.outbox;
