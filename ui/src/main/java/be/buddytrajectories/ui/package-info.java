/**
 * The plugin's screens. Views are small and fire events; services in {@code core} do the work and check
 * permissions; every view also declares the permissions the host checks before navigation.
 */
package be.buddytrajectories.ui;
