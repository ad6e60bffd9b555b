/**
 * Refusals of the domain: a broken business rule, a concurrent edit, something that does not exist. Each carries a
 * message key of the plugin's bundle so that the user reads the refusal in Dutch or English, never a stack trace.
 */
package be.buddytrajectories.core.rules;
