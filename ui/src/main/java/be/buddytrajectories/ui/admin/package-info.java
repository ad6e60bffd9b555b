/** Administration of the programme: settings and matching weights, the search index, and the audit log. */
package be.buddytrajectories.ui.admin;
