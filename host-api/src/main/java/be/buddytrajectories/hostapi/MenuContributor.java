package be.buddytrajectories.hostapi;

import java.util.List;
import java.util.Locale;

/** A plugin bean that adds entries to the host's navigation. The host filters them by the user's permissions. */
public interface MenuContributor {

    List<MenuEntry> menuEntries(Locale locale);
}
