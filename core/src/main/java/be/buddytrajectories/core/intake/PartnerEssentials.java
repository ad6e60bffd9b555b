package be.buddytrajectories.core.intake;

import be.buddytrajectories.search.profile.DutchLevel;
import java.util.List;

/** What a buddy needs to know of his newcomer, and no more: first name, how to talk, when and where roughly. */
public record PartnerEssentials(long newcomerId, String firstName, List<String> contactLanguages,
                                DutchLevel dutchLevel, List<String> availability, String municipality) {
}
