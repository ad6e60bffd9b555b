/**
 * The buddy-trajectory domain. Features live in their own packages (programme settings, trajectories, contacts,
 * …) with entity, repository and service side by side; {@code persistence} owns the plugin's tables and
 * {@code access} the permission checks every service makes, because menus alone protect nothing.
 */
package be.buddytrajectories.core;
