/**
 * Secret tokens of personal links (a newcomer's page, a buddy's calendar feed): made at random, kept only as a
 * hash, and the rate limit that guards every request that presents one.
 */
package be.buddytrajectories.core.token;
