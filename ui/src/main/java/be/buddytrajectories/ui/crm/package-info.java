/** The admin's screen of the write-back to the host's CRM: what is written, the queue and its failures, retries. */
package be.buddytrajectories.ui.crm;
