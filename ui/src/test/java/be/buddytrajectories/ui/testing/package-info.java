/** The views' test fixture: every core service on an H2 database, wired by Weld and rendered by Karibu. */
package be.buddytrajectories.ui.testing;
