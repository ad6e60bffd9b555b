/** Permission checks made by services: the host's menu hides entries, but only these checks protect data. */
package be.buddytrajectories.core.access;
