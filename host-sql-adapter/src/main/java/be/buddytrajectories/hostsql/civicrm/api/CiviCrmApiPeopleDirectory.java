package be.buddytrajectories.hostsql.civicrm.api;

import be.buddytrajectories.hostapi.NewPerson;
import be.buddytrajectories.hostapi.PeopleDirectory;
import be.buddytrajectories.hostapi.Person;
import be.buddytrajectories.hostapi.PersonChange;
import be.buddytrajectories.hostapi.PersonKind;
import be.buddytrajectories.hostapi.PersonPage;
import be.buddytrajectories.hostapi.PersonQuery;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The volunteers and newcomers of a CiviCRM site, read and written through its APIv4 REST interface with the same
 * notions as the SQL mapping ({@code civicrm-people.properties}): individuals of the volunteer or newcomer sub-type
 * that are not in the trash, with their primary e-mail, phone and address, the languages and interests custom fields
 * and CiviCRM's tags as interests. With a volunteer pool ({@link CiviCrmPeopleMapping#volunteerGroup()}, {@link
 * CiviCrmPeopleMapping#volunteerTag()}) the contacts of that group or with that tag are volunteers too. A host offers
 * it with a CDI producer, for example {@code @Produces PeopleDirectory people() { return new
 * CiviCrmApiPeopleDirectory(new CiviCrmApi(settings), CiviCrmPeopleMapping.defaults()); }}.
 *
 * <p>The change feed follows {@code modified_date} with the id as tie-break, encoded in one cursor as the SQL mapping
 * does. CiviCRM stamps {@code modified_date} to the second and sets it itself, so two changes of one contact within the
 * same second are one change in the feed. Adding a contact to the pool's group or giving it the pool's tag does not
 * move its {@code modified_date}: the feed shows it at its next change (an index rebuild reads everyone). Registering a
 * person takes several calls (the contact, then its tags); when a later one fails, the contact exists without them.
 *
 * <p>Every method throws {@link CiviCrmApiException} when CiviCRM cannot be reached or fails.
 */
public class CiviCrmApiPeopleDirectory implements PeopleDirectory {

    /** Cursors count seconds from 2000-01-01, times 2^31, plus the contact id: as the SQL mapping's cursors. */
    private static final long CURSOR_EPOCH_SECOND = 946_684_800L;
    private static final long CURSOR_ID_RANGE = 2_147_483_648L;
    private static final int IDS_PER_CALL = 500;
    private static final String CONTACT = "Contact";
    private static final String SOURCE = "Buddy Trajectories";
    private static final String ANONYMOUS = "Anonymous";
    private static final int HOME = 1;

    private final CiviCrmApi api;
    private final CiviCrmPeopleMapping mapping;
    private final ContactReader reader;
    private final VolunteerPool pool;

    public CiviCrmApiPeopleDirectory(CiviCrmApi api, CiviCrmPeopleMapping mapping) {
        if (api == null || mapping == null) {
            throw new IllegalArgumentException("api and mapping are required");
        }
        this.api = api;
        this.mapping = mapping;
        this.reader = new ContactReader(mapping);
        this.pool = new VolunteerPool(api, mapping.volunteerGroup(), mapping.volunteerTag());
    }

    @Override
    public Optional<Person> find(long id) {
        return contacts(List.of(List.of("id", "=", id))).stream().findFirst();
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        if (ids == null || ids.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("ids must be a list of ids");
        }
        List<Person> people = new ArrayList<>();
        List<Long> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += IDS_PER_CALL) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_CALL));
            people.addAll(contacts(List.of(List.of("id", "IN", chunk))));
        }
        return people;
    }

    @Override
    public PersonPage search(PersonQuery query) {
        if (query == null) {
            throw new IllegalArgumentException("query is required");
        }
        List<Object> where = new ArrayList<>(people());
        where.addAll(kind(query.kind()));
        if (query.text() != null && !query.text().isBlank()) {
            for (String word : query.text().trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                // LIKE wildcards typed by the user match literally nothing, as in the SQL mapping.
                String like = "%" + word.replace("%", "").replace("_", "") + "%";
                where.add(List.of("OR", List.of(List.of("sort_name", "LIKE", like),
                        List.of("address_primary.city", "LIKE", like), List.of("email_primary.email", "LIKE", like))));
            }
        }
        List<String> select = new ArrayList<>(reader.select());
        select.add("row_count");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("select", select);
        params.put("where", where);
        params.put("orderBy", orderBy("sort_name", "id"));
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        CiviCrmApi.Page page = api.getPage(CONTACT, params);
        return new PersonPage(people(page.values()), page.count());
    }

    @Override
    public long count(PersonKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        List<Object> where = new ArrayList<>(people());
        where.addAll(kind(kind));
        return api.getPage(CONTACT, Map.of("select", List.of("row_count"), "where", where)).count();
    }

    @Override
    public List<PersonChange> changesSince(long cursor, int limit) {
        if (cursor < 0 || limit < 1) {
            throw new IllegalArgumentException("cursor must not be negative and limit must be positive, not "
                    + cursor + " and " + limit);
        }
        String since = LocalDateTime.ofEpochSecond(CURSOR_EPOCH_SECOND + cursor / CURSOR_ID_RANGE, 0, ZoneOffset.UTC)
                .format(ContactReader.CIVI_DATE_TIME);
        List<Object> where = List.of(List.of("contact_type", "=", "Individual"),
                // The trash is read too: a contact moved there is an erasure to the plugin.
                List.of("is_deleted", "IN", List.of(false, true)), volunteerOrNewcomer(),
                List.of("OR", List.of(List.of("modified_date", ">", since),
                        List.of("AND", List.of(List.of("modified_date", "=", since),
                                List.of("id", ">", cursor % CURSOR_ID_RANGE))))));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("select", List.of("id", "first_name", "last_name", "is_deleted", "created_date", "modified_date"));
        params.put("where", where);
        params.put("orderBy", orderBy("modified_date", "id"));
        params.put("limit", limit);
        List<PersonChange> changes = new ArrayList<>();
        for (JsonNode contact : api.getPage(CONTACT, params).values()) {
            long id = contact.path("id").asLong();
            long modified = ContactReader.seconds(ContactReader.text(contact, "modified_date"));
            changes.add(new PersonChange((modified - CURSOR_EPOCH_SECOND) * CURSOR_ID_RANGE + id, id,
                    changeType(id, contact, modified)));
        }
        return changes;
    }

    private static PersonChange.Type changeType(long id, JsonNode contact, long modified) {
        boolean anonymised = ANONYMOUS.equals(ContactReader.text(contact, "first_name"))
                && ("#" + id).equals(ContactReader.text(contact, "last_name"));
        if (contact.path("is_deleted").asBoolean() || anonymised) {
            return PersonChange.Type.ERASED;
        }
        String created = ContactReader.text(contact, "created_date");
        return created != null && ContactReader.seconds(created) >= modified ? PersonChange.Type.CREATED
                : PersonChange.Type.UPDATED;
    }

    /**
     * Registers the contact as CiviCRM's own forms would (sub-type, primary e-mail, phone and home address, the
     * languages field, source), then tags it, creating a tag CiviCRM does not have yet.
     */
    @Override
    public Person register(NewPerson n) {
        if (n == null) {
            throw new IllegalArgumentException("person is required");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("contact_type", "Individual");
        values.put("contact_sub_type", List.of(subType(n.kind())));
        values.put("first_name", n.firstName());
        values.put("last_name", n.lastName());
        values.put("gender_id", switch (n.gender()) {
            case F -> 1;
            case M -> 2;
            case X -> 3;
        });
        if (n.birthYear() != null) {
            // Hosts never learn a full date of birth; the SQL mapping stores 1 January of the year too.
            values.put("birth_date", String.format(Locale.ROOT, "%04d-01-01", n.birthYear()));
        }
        values.put("source", SOURCE);
        if (n.email() != null) {
            values.put("email_primary.email", n.email());
            values.put("email_primary.location_type_id", HOME);
        }
        if (n.phone() != null) {
            values.put("phone_primary.phone", n.phone());
            values.put("phone_primary.location_type_id", HOME);
            values.put("phone_primary.phone_type_id", 1);
        }
        if (n.postalCode() != null) {
            values.put("address_primary.location_type_id", HOME);
            values.put("address_primary.street_address", n.street());
            values.put("address_primary.postal_code", n.postalCode());
            values.put("address_primary.city", n.municipality());
            values.put("address_primary.country_id", mapping.countryId());
            values.put("address_primary.geo_code_1", n.location() == null ? null : n.location().latitude());
            values.put("address_primary.geo_code_2", n.location() == null ? null : n.location().longitude());
        }
        if (!n.languages().isEmpty()) {
            values.put(mapping.languagesField(), n.languages());
        }
        long id = api.create(CONTACT, values).path("id").asLong();
        if (id <= 0) {
            throw new IllegalStateException("CiviCRM created a contact but returned no id");
        }
        for (String tag : n.tags()) {
            api.create("EntityTag", Map.of("entity_table", "civicrm_contact", "entity_id", id, "tag_id", tagId(tag)));
        }
        return find(id).orElseThrow(() -> new IllegalStateException("contact " + id
                + " was created but is not found as a volunteer or newcomer: check the sub-types of the mapping"));
    }

    /** The id of the tag with this label (or else this name), created when CiviCRM has none. */
    private long tagId(String tag) {
        List<JsonNode> found = api.get("Tag", Map.of("select", List.of("id", "name", "label"), "where",
                List.of(List.of("OR", List.of(List.of("label", "=", tag), List.of("name", "=", tag))))));
        return found.stream().filter(t -> tag.equals(ContactReader.text(t, "label"))).findFirst()
                .or(() -> found.stream().findFirst())
                .orElseGet(() -> api.create("Tag", Map.of("name", tag, "label", tag, "used_for",
                        List.of("civicrm_contact"))))
                .path("id").asLong();
    }

    /**
     * Keeps the contact (other CiviCRM records point at it), its year of birth and postcode; removes names (CiviCRM
     * then rebuilds sort name, display name and greetings from them), e-mail, phone, street, city, coordinates,
     * languages, interests and tags. The contact itself is written last, so that its modified_date is the erasure's.
     */
    @Override
    public void anonymise(long id) {
        List<Object> where = new ArrayList<>(people());
        where.add(List.of("id", "=", id));
        List<JsonNode> found = api.getPage(CONTACT, Map.of("select", List.of("id", "birth_date"), "where", where))
                .values();
        if (found.isEmpty()) {
            return;
        }
        api.delete("Email", List.of(List.of("contact_id", "=", id)));
        api.delete("Phone", List.of(List.of("contact_id", "=", id)));
        Map<String, Object> address = new HashMap<>();
        for (String field : List.of("name", "street_address", "street_number", "street_number_suffix", "street_name",
                "street_unit", "supplemental_address_1", "supplemental_address_2", "supplemental_address_3", "city",
                "geo_code_1", "geo_code_2")) {
            address.put(field, null);
        }
        api.update("Address", List.of(List.of("contact_id", "=", id)), address);
        api.delete("EntityTag", List.of(List.of("entity_table", "=", "civicrm_contact"),
                List.of("entity_id", "=", id)));
        String birthDate = ContactReader.text(found.get(0), "birth_date");
        Map<String, Object> contact = new HashMap<>();
        for (String field : List.of("middle_name", "nick_name", "legal_name", "formal_title", "prefix_id",
                "suffix_id", "job_title", "gender_id", "email_greeting_custom", "postal_greeting_custom",
                "addressee_custom", "image_URL", mapping.languagesField(), mapping.interestsField())) {
            contact.put(field, null);
        }
        contact.put("first_name", ANONYMOUS);
        contact.put("last_name", "#" + id);
        contact.put("birth_date", birthDate == null ? null : birthDate.substring(0, 4) + "-01-01");
        api.update(CONTACT, List.of(List.of("id", "=", id)), contact);
    }

    /** Volunteers and newcomers with the given where clauses, with their tags. */
    private List<Person> contacts(List<Object> clauses) {
        List<Object> where = new ArrayList<>(people());
        where.addAll(clauses);
        return people(api.get(CONTACT, Map.of("select", reader.select(), "where", where)));
    }

    private List<Person> people(List<JsonNode> contacts) {
        List<Long> ids = contacts.stream().map(c -> c.path("id").asLong()).toList();
        Map<Long, List<String>> tags = tags(ids);
        Set<Long> inPool = pool.membersAmong(ids);
        List<Person> people = new ArrayList<>();
        for (JsonNode contact : contacts) {
            long id = contact.path("id").asLong();
            reader.read(contact, tags.getOrDefault(id, List.of()), inPool.contains(id)).ifPresent(people::add);
        }
        return people;
    }

    /** The labels of the CiviCRM tags of these contacts, but the volunteer pool's tag. */
    private Map<Long, List<String>> tags(List<Long> contactIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        for (int from = 0; from < contactIds.size(); from += IDS_PER_CALL) {
            List<Long> chunk = contactIds.subList(from, Math.min(contactIds.size(), from + IDS_PER_CALL));
            for (JsonNode entityTag : api.get("EntityTag", Map.of("select", List.of("id", "entity_id", "tag_id",
                    "tag_id.label"), "where", List.of(List.of("entity_table", "=", "civicrm_contact"),
                            List.of("entity_id", "IN", chunk))))) {
                String label = ContactReader.text(entityTag, "tag_id.label");
                if (label != null && !pool.isPoolTag(entityTag.path("tag_id").asLong())) {
                    tags.computeIfAbsent(entityTag.path("entity_id").asLong(), k -> new ArrayList<>()).add(label);
                }
            }
        }
        return tags;
    }

    /** Individuals of the volunteer or newcomer sub-type or in the volunteer pool, not in the trash. */
    private List<Object> people() {
        return List.of(List.of("contact_type", "=", "Individual"), List.of("is_deleted", "=", false),
                volunteerOrNewcomer());
    }

    private List<Object> volunteerOrNewcomer() {
        List<Object> any = new ArrayList<>(volunteer());
        any.add(List.of("contact_sub_type", "CONTAINS", mapping.newcomerSubType()));
        return List.of("OR", any);
    }

    /** The clauses of which any makes a contact a volunteer: the sub-type, the pool's group or tag. */
    private List<Object> volunteer() {
        List<Object> any = new ArrayList<>();
        any.add(List.of("contact_sub_type", "CONTAINS", mapping.volunteerSubType()));
        any.addAll(pool.memberClauses());
        return any;
    }

    /** A contact with both sub-types, or a newcomer in the volunteer pool, is a volunteer. */
    private List<Object> kind(PersonKind kind) {
        if (kind == null) {
            return List.of();
        }
        if (kind == PersonKind.VOLUNTEER) {
            return List.of(List.of("OR", volunteer()));
        }
        List<Object> newcomer = new ArrayList<>(List.of(List.of("contact_sub_type", "CONTAINS",
                mapping.newcomerSubType()), List.of("contact_sub_type", "NOT CONTAINS", mapping.volunteerSubType())));
        newcomer.addAll(pool.nonMemberClauses());
        return newcomer;
    }

    private String subType(PersonKind kind) {
        return Objects.requireNonNull(kind) == PersonKind.VOLUNTEER ? mapping.volunteerSubType()
                : mapping.newcomerSubType();
    }

    private static Map<String, String> orderBy(String first, String second) {
        Map<String, String> orderBy = new LinkedHashMap<>();
        orderBy.put(first, "ASC");
        orderBy.put(second, "ASC");
        return orderBy;
    }
}
