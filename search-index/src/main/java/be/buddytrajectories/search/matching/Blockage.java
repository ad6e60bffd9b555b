package be.buddytrajectories.search.matching;

import java.util.List;

/**
 * What stands between a newcomer and a buddy.
 *
 * @param candidates how many buddies pass every hard rule
 * @param blocking   when none does: the hard rules (their {@code whyNot.} names) without any one of which at least
 *                   one buddy would pass; empty when there are candidates, or when only relaxing several rules at
 *                   once would find one
 */
public record Blockage(String newcomerId, int candidates, List<String> blocking) {

    public Blockage {
        blocking = List.copyOf(blocking);
    }

    public boolean blocked() {
        return candidates == 0;
    }
}
