/**
 * The frame every view appears in: a Vaadin {@code @Layout}, so that plugin views need not name it, with a
 * navigation built from the host's entries and every plugin's {@code MenuContributor}, filtered by permission.
 */
package be.buddytrajectories.host.layout;
