/**
 * Following the host's people. Where people are edited outside the plugin (in a CRM such as CiviCRM: a new name, a
 * contact put in the trash, an erasure), the host's change feed is the only way the plugin hears of it; a change
 * to a volunteer with a buddy profile goes to the index through the outbox, like any change the plugin makes.
 */
package be.buddytrajectories.core.people;
