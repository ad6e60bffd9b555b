-- Contacts as CiviCRM itself stores them (after schema.sql): the organisation (contact 1, as on every site), a
-- household, a donor, a volunteer in the trash, a contact of a sub-type the plugin does not know, and volunteers and
-- newcomers with what years of typing leave behind: two sub-types, no name, an e-mail that is not one, a language
-- code nobody knows, an old e-mail and a work address beside the primary ones. CHAR(1) bookends multiple values.
INSERT INTO civicrm_contact (id, contact_type, contact_sub_type, first_name, last_name, sort_name, display_name, organization_name, household_name, prefix_id, gender_id, birth_date, preferred_language, is_deleted, email_greeting_display, addressee_display, hash) VALUES
  (1, 'Organization', NULL, NULL, NULL, 'Vzw Buddy Gent', 'Vzw Buddy Gent', 'Vzw Buddy Gent', NULL, NULL, NULL, NULL, NULL, 0, NULL, 'Vzw Buddy Gent', 'a1'),
  (2, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Volunteer', CHAR(1 USING utf8mb4), 'Donor', CHAR(1 USING utf8mb4)), 'Els', 'Vermeulen', 'Vermeulen, Els', 'Els Vermeulen', NULL, NULL, NULL, NULL, NULL, 'nl_BE', 0, 'Dear Els', 'Els Vermeulen', 'a2'),
  (3, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Newcomer', CHAR(1 USING utf8mb4)), 'Karim', 'Haddad', 'Haddad, Karim', 'Dr. Karim Haddad', NULL, NULL, 4, 2, '1995-06-14', 'ar_EG', 0, 'Dear Karim', 'Dr. Karim Haddad', 'a3'),
  (4, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Volunteer', CHAR(1 USING utf8mb4)), 'Sara', 'Weg', 'Weg, Sara', 'Sara Weg', NULL, NULL, NULL, 1, NULL, NULL, 1, 'Dear Sara', 'Sara Weg', 'a4'),
  (5, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Donor', CHAR(1 USING utf8mb4)), 'Sara', 'Gulle', 'Gulle, Sara', 'Sara Gulle', NULL, NULL, NULL, 1, NULL, NULL, 0, 'Dear Sara', 'Sara Gulle', 'a5'),
  (6, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Intern', CHAR(1 USING utf8mb4)), 'Sara', 'Stagiair', 'Stagiair, Sara', 'Sara Stagiair', NULL, NULL, NULL, 1, NULL, NULL, 0, 'Dear Sara', 'Sara Stagiair', 'a6'),
  (7, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Newcomer', CHAR(1 USING utf8mb4)), NULL, NULL, 'noname@example.org', 'noname@example.org', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'a7'),
  (8, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Newcomer', CHAR(1 USING utf8mb4)), '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 'a8'),
  (9, 'Individual', CONCAT(CHAR(1 USING utf8mb4), 'Volunteer', CHAR(1 USING utf8mb4)), 'Jan', 'Aerts', 'Aerts, Jan', 'Jan Aerts', NULL, NULL, NULL, 2, '1960-02-29', 'nl_BE', 0, 'Dear Jan', 'Jan Aerts', 'a9'),
  (10, 'Household', NULL, NULL, NULL, 'Gezin Peeters', 'Gezin Peeters', NULL, 'Gezin Peeters', NULL, NULL, NULL, NULL, 0, NULL, 'Gezin Peeters', 'a10');
INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary) VALUES
  (1, 2, 'info@buddygent.example.org', 1),
  (2, 1, 'els.vermeulen@example.org', 1),
  (3, 1, 'karim.old@example.org', 0),
  (3, 1, 'karim@example.org', 1),
  (5, 1, 'sara.gulle@example.org', 1),
  (7, 1, 'noname@example.org', 1),
  (9, 1, 'jan at aerts dot be', 1);
INSERT INTO civicrm_phone (contact_id, location_type_id, phone, phone_type_id, is_primary) VALUES
  (3, 1, '+32 470 11 22 33', 2, 1);
INSERT INTO civicrm_address (contact_id, location_type_id, is_primary, street_address, postal_code, city, country_id, geo_code_1, geo_code_2) VALUES
  (3, 2, 0, 'Werkstraat 5', '1000', 'Brussel', 1020, 50.85, 4.35),
  (3, 1, 1, 'Sleepstraat 1', '9000', 'Gent', 1020, 51.05, 3.72),
  (2, 1, 1, 'Kouter 10', '9000', 'Gent', 1020, 51.05, 3.725),
  (9, 1, 1, 'Markt 1', '9800', 'Deinze', 1020, 50.98, 3.53);
INSERT INTO civicrm_value_buddy_program_2 (entity_id, languages_2, interests_3) VALUES
  (2, CONCAT(CHAR(1 USING utf8mb4), 'nl', CHAR(1 USING utf8mb4), 'en', CHAR(1 USING utf8mb4)), CONCAT(CHAR(1 USING utf8mb4), 'wandelen', CHAR(1 USING utf8mb4))),
  (3, CONCAT(CHAR(1 USING utf8mb4), 'ar', CHAR(1 USING utf8mb4), 'xx', CHAR(1 USING utf8mb4), 'en', CHAR(1 USING utf8mb4)), CONCAT(CHAR(1 USING utf8mb4), 'voetbal', CHAR(1 USING utf8mb4), 'koken', CHAR(1 USING utf8mb4)));
INSERT INTO civicrm_value_volunteer_inf_1 (entity_id, camera_skill_level_1) VALUES
  (2, CONCAT(CHAR(1 USING utf8mb4), '2', CHAR(1 USING utf8mb4)));
INSERT INTO civicrm_tag (id, name, label, used_for) VALUES
  (1, 'Schaken', 'Schaken', 'civicrm_contact'),
  (2, 'Major_donor', 'Major donor', 'civicrm_contact');
INSERT INTO civicrm_entity_tag (entity_table, entity_id, tag_id) VALUES
  ('civicrm_contact', 2, 1),
  ('civicrm_contact', 5, 2);
-- civicrm_log as CiviCRM writes it: the changed entity in data, the acting user's contact as modified_id.
INSERT INTO civicrm_log (entity_table, entity_id, data, modified_id, modified_date) VALUES
  ('civicrm_contact', 3, 'civicrm_contact,3', 2, '2026-10-01 09:00:00'),
  ('civicrm_contact', 2, 'civicrm_contact,2:civicrm_contact,3', 2, '2026-10-02 09:00:00'),
  ('civicrm_contact', 5, 'civicrm_contact,5', 2, '2026-10-03 09:00:00');
-- The triggers set created and modified dates to now; as on a site in use, they are older and differ.
UPDATE civicrm_contact SET created_date = '2026-01-10 08:00:00', modified_date = TIMESTAMP('2026-11-01 10:00:00') + INTERVAL id MINUTE;
UPDATE civicrm_contact SET modified_date = '2026-11-05 10:00:00' WHERE id = 3;
UPDATE civicrm_contact SET created_date = '2026-11-02 12:00:00', modified_date = '2026-11-02 12:00:00' WHERE id = 9;
