package be.buddytrajectories.core.testing;

import be.buddytrajectories.core.person.Consent;
import be.buddytrajectories.core.person.DayPart;
import be.buddytrajectories.core.person.HomeLocation;
import be.buddytrajectories.core.person.LanguageLevel;
import be.buddytrajectories.core.person.LanguageSkill;
import be.buddytrajectories.core.person.WeeklySlot;
import be.buddytrajectories.core.profile.BuddyProfileInput;
import java.time.DayOfWeek;
import java.util.Set;

/** Realistic inputs for tests. */
public final class Profiles {

    public static final HomeLocation GENT = new HomeLocation("9000", "Gent", 51.0543, 3.7174);

    private Profiles() {
    }

    public static BuddyProfileInput buddy() {
        return buddy(1);
    }

    /** {@link #buddy()} with other languages and interests. */
    public static BuddyProfileInput buddy(Set<LanguageSkill> languages, Set<String> interests) {
        BuddyProfileInput in = buddy();
        return new BuddyProfileInput(languages, interests, in.interestsNote(), in.about(), in.profession(),
                in.experience(), in.availability(), in.location(), in.maxTravelKm(), in.capacity(),
                in.preferredNewcomerGender(), in.preferredMinAge(), in.preferredMaxAge(), in.childrenWelcome(),
                in.hasChildren(), in.consent());
    }

    public static BuddyProfileInput buddy(int capacity) {
        return new BuddyProfileInput(
                Set.of(new LanguageSkill("nl", LanguageLevel.NATIVE), new LanguageSkill("fr", LanguageLevel.FLUENT)),
                Set.of("voetbal", "koken"), "graag wandelen langs de Leie", "Ik woon al 30 jaar in Gent.",
                "boekhouder", "Twintig jaar in een bank gewerkt.",
                Set.of(WeeklySlot.of(DayOfWeek.WEDNESDAY, DayPart.EVENING), WeeklySlot.of(DayOfWeek.SATURDAY,
                        DayPart.MORNING)),
                GENT, 10, capacity, null, null, null, true, false, new Consent("2026-01", CoreFixture.START));
    }
}
