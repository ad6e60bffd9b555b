/**
 * The reference host: a small volunteer CRM that runs plugins. {@link be.buddytrajectories.host.Main} starts
 * embedded Jetty with Weld and Vaadin; everything a plugin may use is offered as CDI beans of host-api types
 * ({@link be.buddytrajectories.host.HostBeans}), so that the plugin never sees a host class.
 */
package be.buddytrajectories.host;
