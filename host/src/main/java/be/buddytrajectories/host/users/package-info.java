/**
 * Who may sign in and with which roles. Role changes and unlocks are admin-only in the service itself, not only in
 * the menu, and each one leaves a host audit entry: a role decides what personal data someone sees.
 */
package be.buddytrajectories.host.users;
