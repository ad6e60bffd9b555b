/**
 * Write-back to the host's CRM: logged contacts become activities on the CRM's timelines, started duos become
 * "buddy of" relationships that end when the duo ends. The rows are written in the same transaction as the event
 * (a transactional outbox), so a CRM that is down, slow or refusing the key never loses a write; each write carries
 * an idempotency key the CRM keeps with it, so a retry after a lost answer never writes twice.
 */
package be.buddytrajectories.core.crm;
