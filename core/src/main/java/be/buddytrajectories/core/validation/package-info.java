/**
 * Bean Validation for the plugin with its own message bundle, so that the plugin's Dutch and English messages
 * never collide with a {@code ValidationMessages} bundle of the host or another plugin.
 */
package be.buddytrajectories.core.validation;
