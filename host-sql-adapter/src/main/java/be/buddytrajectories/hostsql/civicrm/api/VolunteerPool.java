package be.buddytrajectories.hostsql.civicrm.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contacts that are volunteers by a CiviCRM group or tag besides the volunteer sub-type, in APIv4's terms: the
 * Contact filters {@code groups} (a group's contacts as CiviCRM counts them: added to it, or found by a smart group,
 * or in a child group) and {@code tags} (also a child tag). The group and tag are looked up by name at first use and
 * remembered; one CiviCRM does not have is an error that names it, since a directory without its pool would
 * silently show fewer volunteers.
 */
final class VolunteerPool {

    private static final int IDS_PER_CALL = 500;

    private final CiviCrmApi api;
    private final String group;
    private final String tag;
    private volatile Ids ids;

    /** The pool's group and tag ids; 0 for none. */
    private record Ids(long group, long tag) {
    }

    VolunteerPool(CiviCrmApi api, String group, String tag) {
        this.api = api;
        this.group = group;
        this.tag = tag;
    }

    boolean isEmpty() {
        return group == null && tag == null;
    }

    /** The where clauses of which any makes a contact a member (none without a pool). */
    List<Object> memberClauses() {
        return clauses("IN");
    }

    /** The where clauses that together make a contact no member (none without a pool). */
    List<Object> nonMemberClauses() {
        return clauses("NOT IN");
    }

    private List<Object> clauses(String operator) {
        List<Object> clauses = new ArrayList<>();
        if (isEmpty()) {
            return clauses;
        }
        Ids pool = ids();
        if (pool.group() > 0) {
            clauses.add(List.of("groups", operator, List.of(pool.group())));
        }
        if (pool.tag() > 0) {
            clauses.add(List.of("tags", operator, List.of(pool.tag())));
        }
        return clauses;
    }

    /** Whether this is the pool's tag, which marks volunteers rather than an interest. */
    boolean isPoolTag(long tagId) {
        return tag != null && ids().tag() == tagId;
    }

    /** The members among these contacts. */
    Set<Long> membersAmong(List<Long> contactIds) {
        Set<Long> members = new HashSet<>();
        if (isEmpty()) {
            return members;
        }
        for (int from = 0; from < contactIds.size(); from += IDS_PER_CALL) {
            List<Long> chunk = contactIds.subList(from, Math.min(contactIds.size(), from + IDS_PER_CALL));
            for (JsonNode contact : api.get("Contact", Map.of("select", List.of("id"), "where",
                    List.of(List.of("id", "IN", chunk), List.of("OR", memberClauses()))))) {
                members.add(contact.path("id").asLong());
            }
        }
        return members;
    }

    private Ids ids() {
        Ids known = ids;
        if (known == null) {
            known = new Ids(group == null ? 0 : id("Group", "title", group), tag == null ? 0 : id("Tag", "label", tag));
            ids = known;
        }
        return known;
    }

    /** The id of the group or tag with this name, or else this title or label. */
    private long id(String entity, String shownAs, String name) {
        List<JsonNode> found = api.get(entity, Map.of("select", List.of("id", "name", shownAs), "where",
                List.of(List.of("OR", List.of(List.of("name", "=", name), List.of(shownAs, "=", name))))));
        String kind = entity.toLowerCase(Locale.ROOT);
        return found.stream().filter(f -> name.equalsIgnoreCase(ContactReader.text(f, "name"))).findFirst()
                .or(() -> found.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("CiviCRM has no " + kind + " \"" + name + "\", whose"
                        + " contacts should be volunteers: create it in CiviCRM or correct the volunteer " + kind
                        + " setting"))
                .path("id").asLong();
    }
}
