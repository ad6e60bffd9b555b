package be.buddytrajectories.probe;

/** Stands for a library that a plugin needs but did not bring: tests leave it out of the plugin JAR. */
public class MissingLibrary {
}
