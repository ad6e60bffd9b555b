-- Contacts a CRM has besides volunteers and newcomers, with their log rows: plugins must never see them.
insert into civicrm_contact (contact_type, organization_name, is_deleted) values ('Organization', 'Vzw De Brug', 0);
insert into civicrm_contact (contact_type, contact_sub_type, first_name, last_name, is_deleted) values ('Individual', 'Donor', 'Sara', 'Gulle', 0);
insert into civicrm_contact (contact_type, contact_sub_type, first_name, last_name, is_deleted) values ('Individual', 'Volunteer', 'Sara', 'Weg', 1);
insert into civicrm_email (contact_id, email, is_primary) select id, 'donor@example.org', 1 from civicrm_contact where last_name = 'Gulle';
insert into civicrm_log (entity_table, entity_id, data) select 'civicrm_contact', id, 'CREATED' from civicrm_contact;
insert into civicrm_log (entity_table, entity_id, data) values ('civicrm_activity', 1, 'CREATED');
