/**
 * Demo data of the plugin for a host started with demo data: buddy profiles for the host's demo volunteers,
 * intakes for most demo newcomers and a few duos in every state, so that the screens have something to show.
 */
package be.buddytrajectories.ui.demo;
