package be.buddytrajectories.core.matching;

import be.buddytrajectories.hostapi.Gender;
import java.util.List;

/**
 * Waiting newcomers for whom no buddy passes the hard rules, grouped by what a new buddy would need to be.
 *
 * @param rules          the hard rules (their {@code whyNot} names, sorted) a new buddy must meet where today's buddies
 *                       fail; {@link #SEVERAL} alone when no single rule is to blame
 * @param languages      with {@code language}: the newcomers' contact languages, one of which the buddy must speak
 * @param municipality   with {@code distance}: where the newcomers live
 * @param withinKm       with {@code distance}: the programme's maximum distance
 * @param buddyGender    with {@code buddyGender}: the buddy's gender the newcomers asked for
 * @param newcomerGender with {@code newcomerGender}: the newcomers' gender, which the buddy must accept
 * @param commonSlot     the weekly slot (its code, e.g. {@code WED_EVENING}) at least half of them are free in, or null
 */
public record RecruitmentNeed(int newcomers, List<String> rules, List<String> languages, String municipality,
                              double withinKm, Gender buddyGender, Gender newcomerGender, String commonSlot) {

    /** No single rule: only relaxing several at once would find a buddy. */
    public static final String SEVERAL = "several";

    public RecruitmentNeed {
        rules = List.copyOf(rules);
        languages = List.copyOf(languages);
    }
}
