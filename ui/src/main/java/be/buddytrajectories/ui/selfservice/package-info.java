/**
 * The buddy's own screen, made for a phone (390 px wide): his duos, "we met" in two taps, his hours, and his
 * availability, capacity and pause.
 */
package be.buddytrajectories.ui.selfservice;
