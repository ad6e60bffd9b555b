/**
 * Privacy: a person's data exported in a machine-readable form, erased on request, and anonymised automatically
 * some months after a duo closes. What remains is anonymous statistics (postcode, year, hours) and the audit trail,
 * which names ids and actions only.
 */
package be.buddytrajectories.core.privacy;
