package be.buddytrajectories.search.matching;

import static be.buddytrajectories.search.matching.SoftClauses.*;

import be.buddytrajectories.search.index.GreatCircle;
import be.buddytrajectories.search.profile.BuddyProfileDocument;
import be.buddytrajectories.search.profile.Goal;
import be.buddytrajectories.search.profile.MatchWeights;
import be.buddytrajectories.search.profile.NewcomerProfile;
import be.buddytrajectories.search.profile.ProgrammeRules;
import be.buddytrajectories.search.vocabulary.InterestVocabulary;
import be.buddytrajectories.search.vocabulary.SectorVocabulary;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Sentences for the clauses that matched a suggestion, and for the hard filters that exclude a buddy, in the
 * coordinator's language. The clause says that something matched; the stored profile supplies the details
 * ("which languages", "how far"). One renderer serves one request and is not thread-safe: the bundle, the parsed
 * sentences and the number format of its language are looked up once for all the buddies of that request.
 */
final class ReasonRenderer {

    private static final String BUNDLE = "be.buddytrajectories.search.matching.Reasons";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final InterestVocabulary interests;
    private final SectorVocabulary sectors;
    private final Locale locale;
    private final Messages messages;

    /** @param locale language of the sentences (Dutch or English; others get English) */
    ReasonRenderer(InterestVocabulary interests, SectorVocabulary sectors, Locale locale) {
        this.interests = interests;
        this.sectors = sectors;
        this.locale = locale;
        this.messages = new Messages(locale);
    }

    List<Reason> reasons(Set<String> matched, NewcomerProfile newcomer, BuddyProfileDocument buddy,
            ProgrammeRules rules, MatchWeights weights) {
        List<Reason> reasons = new ArrayList<>();
        if (matched.contains(LANGUAGE_CLAUSE)) {
            List<String> names = newcomer.languages().stream().filter(buddy.languages()::contains)
                    .map(code -> capitalised(Locale.forLanguageTag(code).getDisplayLanguage(locale), locale))
                    .toList();
            reasons.add(new Reason(LANGUAGE_CLAUSE, messages.format(LANGUAGE_CLAUSE, messages.list(names))));
        }
        for (Goal goal : newcomer.goals().stream().sorted().toList()) {
            if (matched.contains(GOAL_PREFIX + goal.name())) {
                String sector = sectors.sectorOf(buddy.profession())
                        .map(s -> messages.text("sector." + s.name())).orElse("");
                reasons.add(new Reason(GOAL_PREFIX + goal.name(), messages.format("goal." + goal.name(), sector)));
            }
        }
        List<String> sharedInterests = matched.stream().filter(name -> name.startsWith(INTEREST_PREFIX)).sorted()
                .map(name -> interests.label(name.substring(INTEREST_PREFIX.length()), locale)).toList();
        if (!sharedInterests.isEmpty()) {
            reasons.add(new Reason("interests", messages.format("interests", messages.list(sharedInterests))));
        }
        if (matched.contains(AVAILABILITY_CLAUSE)) {
            List<String> slots = newcomer.availability().stream().filter(buddy.availability()::contains)
                    .sorted(java.util.Comparator.comparingInt(ReasonRenderer::slotOrder))
                    .map(slot -> messages.slot(slot)).toList();
            reasons.add(new Reason(AVAILABILITY_CLAUSE, messages.format(AVAILABILITY_CLAUSE, messages.list(slots))));
        }
        if (matched.contains(DISTANCE_CLAUSE)) {
            double km = GreatCircle.km(newcomer.lat(), newcomer.lon(), buddy.lat(), buddy.lon());
            reasons.add(new Reason(DISTANCE_CLAUSE, messages.format(DISTANCE_CLAUSE, messages.decimal(km))));
        }
        if (matched.contains(FAMILY_CLAUSE)) {
            reasons.add(new Reason(FAMILY_CLAUSE, messages.text(FAMILY_CLAUSE)));
        }
        int newcomerAge = rules.ageOf(newcomer.birthYear());
        int buddyAge = rules.ageOf(buddy.birthYear());
        // The age clause scores everybody a little; only a real closeness is worth a sentence.
        if (matched.contains(AGE_CLAUSE) && Math.abs(newcomerAge - buddyAge) <= weights.agePivotYears()) {
            reasons.add(new Reason(AGE_CLAUSE, messages.format(AGE_CLAUSE, newcomerAge, buddyAge)));
        }
        if (matched.contains(ABOUT_CLAUSE)) {
            reasons.add(new Reason(ABOUT_CLAUSE, messages.text(ABOUT_CLAUSE)));
        }
        return reasons;
    }

    List<Reason> whyNot(List<String> failedFilters, NewcomerProfile newcomer, BuddyProfileDocument buddy,
            ProgrammeRules rules) {
        List<Reason> reasons = new ArrayList<>();
        for (String filter : failedFilters) {
            Object[] arguments = switch (filter) {
                case "status" -> new Object[] {buddy.status().name()};
                case "capacity" -> new Object[] {buddy.activeDuos(), buddy.capacity()};
                case "distance" -> new Object[] {
                    messages.decimal(GreatCircle.km(newcomer.lat(), newcomer.lon(), buddy.lat(), buddy.lon())),
                    messages.decimal(Math.min(rules.maxDistanceKm(), buddy.maxDistanceKm()))};
                case "ageBand" -> new Object[] {
                    buddy.preferences().minAge() == null ? "0" : buddy.preferences().minAge().toString(),
                    buddy.preferences().maxAge() == null ? "…" : buddy.preferences().maxAge().toString()};
                default -> new Object[0];
            };
            reasons.add(new Reason(filter, messages.format("whyNot." + filter, arguments)));
        }
        return reasons;
    }

    String unknownBuddy() {
        return messages.text("whyNot.unknown");
    }

    private static int slotOrder(String slot) {
        int day = DAYS.indexOf(slot.substring(0, Math.min(3, slot.length())));
        return day * 10 + (slot.endsWith("MORNING") ? 0 : slot.endsWith("AFTERNOON") ? 1 : 2);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The bundle for one locale, with the few formatting helpers reasons need; each sentence parsed once. */
    private static final class Messages {

        private final Locale locale;
        private final ResourceBundle bundle;
        private final Map<String, MessageFormat> sentences = new HashMap<>();
        private final NumberFormat oneDecimal;

        Messages(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
            this.oneDecimal = NumberFormat.getNumberInstance(locale);
            oneDecimal.setMaximumFractionDigits(1);
            oneDecimal.setMinimumFractionDigits(1);
        }

        String text(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return sentences.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale))
                    .format(arguments);
        }

        String decimal(double value) {
            return oneDecimal.format(value);
        }

        /** "a", "a and b", "a, b and c". */
        String list(Collection<String> items) {
            List<String> list = List.copyOf(items);
            if (list.size() <= 1) {
                return list.isEmpty() ? "" : list.get(0);
            }
            return format("list.and", String.join(", ", list.subList(0, list.size() - 1)), list.get(list.size() - 1));
        }

        /** WED_EVENING → "Wednesday evening" / "woensdagavond". */
        String slot(String slot) {
            int day = DAYS.indexOf(slot.substring(0, Math.min(3, slot.length())));
            String part = slot.substring(slot.indexOf('_') + 1);
            if (day < 0 || !bundle.containsKey("part." + part)) {
                return slot;
            }
            return format("slot", DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, locale), text("part." + part));
        }
    }
}
