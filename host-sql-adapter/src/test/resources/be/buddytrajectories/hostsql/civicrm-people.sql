-- A newcomer and a volunteer as the CRM itself entered them (two e-mails, one primary; tags; a custom field).
insert into civicrm_contact (contact_type, contact_sub_type, first_name, last_name, gender_id, birth_date, is_deleted) values ('Individual', 'Newcomer', 'Karim', 'Haddad', 2, date '1995-06-14', 0);
insert into civicrm_contact (contact_type, contact_sub_type, first_name, last_name, is_deleted) values ('Individual', 'Volunteer', 'Els', 'Vermeulen', 0);
insert into civicrm_email (contact_id, email, is_primary) select id, 'old@example.org', 0 from civicrm_contact where last_name = 'Haddad';
insert into civicrm_email (contact_id, email, is_primary) select id, 'karim@example.org', 1 from civicrm_contact where last_name = 'Haddad';
insert into civicrm_address (contact_id, street_address, postal_code, city, geo_code_1, geo_code_2, is_primary) select id, 'Sleepstraat 1', '9000', 'Gent', 51.05, 3.72, 1 from civicrm_contact where last_name = 'Haddad';
insert into civicrm_value_languages (entity_id, languages) select id, 'ar,en' from civicrm_contact where last_name = 'Haddad';
insert into civicrm_tag (name) values ('football');
insert into civicrm_tag (name) values ('chess');
insert into civicrm_entity_tag (entity_table, entity_id, tag_id) select 'civicrm_contact', c.id, t.id from civicrm_contact c, civicrm_tag t where c.last_name = 'Haddad';
insert into civicrm_log (entity_table, entity_id, data) select 'civicrm_contact', id, 'CREATED' from civicrm_contact where last_name = 'Haddad';
insert into civicrm_log (entity_table, entity_id, data) select 'civicrm_contact', id, 'UPDATED' from civicrm_contact where last_name = 'Haddad';
insert into civicrm_log (entity_table, entity_id, data) select 'civicrm_contact', id, 'CREATED' from civicrm_contact where last_name = 'Vermeulen';
