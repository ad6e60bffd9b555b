/** Classes that tests pack into plugin JARs: they stand for broken plugins. */
package be.buddytrajectories.probe;
