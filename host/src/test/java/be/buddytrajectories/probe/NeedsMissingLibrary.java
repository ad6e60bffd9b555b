package be.buddytrajectories.probe;

/** A plugin class that cannot be loaded once {@link MissingLibrary} is left out. */
public class NeedsMissingLibrary extends MissingLibrary {
}
