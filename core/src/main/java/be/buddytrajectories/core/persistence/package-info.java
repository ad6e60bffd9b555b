/**
 * The plugin's own tables on the host's database: migrated by the plugin's Liquibase changelog (with its own
 * changelog table, so that an uninstall can remove exactly what the plugin created) and mapped by a
 * resource-local Hibernate EntityManagerFactory built programmatically, because a plugin brings no
 * persistence.xml into the host.
 */
package be.buddytrajectories.core.persistence;
