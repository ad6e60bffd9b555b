/**
 * The audit trail: who read sensitive data, exported or erased a person, or changed what others may do. It keeps
 * ids and action names only, so that it can outlive an erasure without keeping the erased person's data.
 */
package be.buddytrajectories.core.audit;
