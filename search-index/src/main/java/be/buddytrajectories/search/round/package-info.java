/**
 * The monthly match round: every waiting newcomer's best candidates are collected with the matcher, then one
 * assignment maximising the total score under the buddies' remaining capacities is computed with a min-cost
 * flow. The result is a draft for the coordinator; nothing is published here.
 */
package be.buddytrajectories.search.round;
