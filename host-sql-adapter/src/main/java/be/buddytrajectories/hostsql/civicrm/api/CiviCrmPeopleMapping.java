package be.buddytrajectories.hostsql.civicrm.api;

import java.util.regex.Pattern;

/**
 * The names a CiviCRM site gives to what the people directory reads, as APIv4 spells them; the same notions as the
 * SQL mapping's {@code civicrm-people.properties}.
 *
 * @param volunteerSubType the contact sub-type of volunteers ({@code Volunteer} is CiviVolunteer's); a contact that
 *                         has both sub-types is a volunteer
 * @param newcomerSubType  the contact sub-type of newcomers
 * @param languagesField   the multi-value custom field of ISO 639-1 language codes, as {@code CustomGroup.field}
 * @param interestsField   the multi-value custom field of interests, as {@code CustomGroup.field}; CiviCRM tags
 *                         count as interests too
 * @param countryId        the country of the addresses the directory registers (1020 is Belgium)
 * @param volunteerGroup   a CiviCRM group (its name or title) whose contacts are volunteers too, whatever their
 *                         sub-type, as CiviCRM counts a group's contacts (also a smart group's and a child group's);
 *                         {@code null} for none
 * @param volunteerTag     a CiviCRM tag (its name or label) whose contacts are volunteers too (not an interest of
 *                         theirs); {@code null} for none
 */
public record CiviCrmPeopleMapping(String volunteerSubType, String newcomerSubType, String languagesField,
                                   String interestsField, int countryId, String volunteerGroup, String volunteerTag) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern CUSTOM_FIELD = Pattern.compile("[A-Za-z0-9_]+\\.[A-Za-z0-9_]+");

    public CiviCrmPeopleMapping {
        require(volunteerSubType, NAME, "volunteerSubType");
        require(newcomerSubType, NAME, "newcomerSubType");
        require(languagesField, CUSTOM_FIELD, "languagesField");
        require(interestsField, CUSTOM_FIELD, "interestsField");
        if (volunteerSubType.equals(newcomerSubType)) {
            throw new IllegalArgumentException("volunteers and newcomers need different sub-types");
        }
        if (countryId < 1) {
            throw new IllegalArgumentException("countryId must be a CiviCRM country id, not " + countryId);
        }
        volunteerGroup = optional(volunteerGroup, "volunteerGroup");
        volunteerTag = optional(volunteerTag, "volunteerTag");
    }

    /** The names of the SQL mapping's CiviCRM site: sub-types Volunteer and Newcomer, custom group Buddy_programme. */
    public static CiviCrmPeopleMapping defaults() {
        return new CiviCrmPeopleMapping("Volunteer", "Newcomer", "Buddy_programme.languages",
                "Buddy_programme.interests", 1020, null, null);
    }

    /** This mapping with volunteers also taken from this group and tag ({@code null} for none). */
    public CiviCrmPeopleMapping withVolunteerPool(String group, String tag) {
        return new CiviCrmPeopleMapping(volunteerSubType, newcomerSubType, languagesField, interestsField, countryId,
                group, tag);
    }

    /** A name, stripped, or {@code null} for none (also for a blank one). */
    private static String optional(String name, String setting) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > 255) {
            throw new IllegalArgumentException(setting + " is longer than CiviCRM's names and titles: " + name);
        }
        return name.strip();
    }

    private static void require(String value, Pattern pattern, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern + ", not " + value);
        }
    }
}
