/** The coordinator's first screen of the plugin: the programme at a glance. */
package be.buddytrajectories.ui.overview;
