/**
 * Demo data of the plugin for a host started with demo data: buddy profiles for the host's demo volunteers,
 * intakes for most demo newcomers and a few duos in every state, so that the screens have something to show. Seeding is no user's operation: it writes through the plugin's database
 * directly, without the services' permission checks.
 */
package be.buddytrajectories.core.demo;
