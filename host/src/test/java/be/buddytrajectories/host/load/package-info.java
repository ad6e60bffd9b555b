/**
 * Load through the browser: many headless Chromium sessions running the coordinator's main journey against one
 * host at once, and the memory one signed-in UI session costs the host.
 */
package be.buddytrajectories.host.load;
