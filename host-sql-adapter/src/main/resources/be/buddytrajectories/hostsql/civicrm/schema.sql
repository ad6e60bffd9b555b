-- CiviCRM schema (MariaDB) for the tables a people reader touches, reproduced from civicrm-core master.
-- Source: github.com/civicrm/civicrm-core, entity definitions translated with the rules of
-- mixin/lib/civimix-schema/src/SqlGenerator.php (commit 8aa24c838c86ab3d041aa026e81398f839683ed8):
--   required -> NOT NULL, otherwise NULL, boolean (= tinyint(1)) gets DEFAULT FALSE unless given,
--   FK constraints named FK_<table>_<column> and added by ALTER TABLE after all CREATE TABLEs,
--   table options ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC.
-- Files and the stored commits they were read at:
--   schema/Contact/Contact.entityType.php       c8836b880eeebddd929a12760e180e294d741b85 (+ image_file_id from CRM/Upgrade/Incremental/php/SixFour.php)
--   schema/Core/Email.entityType.php            db3d98b9c04773b73229eeb7b7dac6a739197b57
--   schema/Core/Phone.entityType.php            6d8cb75eaa379ee805d08c803d26b2be115f97d7
--   schema/Core/Address.entityType.php          0ed3c7a38aebc443cba8c8270b5e114387ca1bc3
--   schema/Core/OptionGroup.entityType.php      0ed3c7a38aebc443cba8c8270b5e114387ca1bc3
--   schema/Core/OptionValue.entityType.php      35c341c058074028b674059d46f0598aef48c60a
--   schema/Core/Tag.entityType.php              0ed3c7a38aebc443cba8c8270b5e114387ca1bc3
--   schema/Core/EntityTag.entityType.php        5a1829d40c1f393eb0b665e1af362e123a4e053e
--   schema/Contact/Group.entityType.php         41dd4b9795ed32831b118224d2a4d1523a6ea9aa
--   schema/Contact/GroupContact.entityType.php  fdd17c42a9d86ee20ecc596f14bf5d0a2e529798
--   schema/Core/Log.entityType.php              1d804b8f1f281abe6181a942ff0ffee4872fe7a9
--   schema/Core/CustomGroup.entityType.php      0160a65831808b5e78bacfbffbb19b0f623a9985 (6.2+: name, extends, style NOT NULL)
--   schema/Core/CustomField.entityType.php      0b8940d8c4b6c4cdce47b72e9ba5590564b196d1 (6.14: file_is_public, 6.10: name NOT NULL)
--   schema/Core/Country.entityType.php          41dd4b9795ed32831b118224d2a4d1523a6ea9aa
--   schema/Core/StateProvince.entityType.php    40eb6ddaf22336c3e2b4be3482c9d9038b3068e9
--   schema/Core/LocationType.entityType.php     3416176bc84f7752d721dc54d2a9cb4af5ca7fb8
--   schema/Contact/ContactType.entityType.php   0ed3c7a38aebc443cba8c8270b5e114387ca1bc3
-- Seeds: sql/civicrm_data/civicrm_option_group/gender.sqldata.php (c8d69def), sql/civicrm_data/civicrm_location_type.sqldata.php (9d043859),
--   sql/civicrm_data/civicrm_contact_type.sqldata.php (6e7b70fb), xml/templates/languages.tpl (4bb56fe6), xml/templates/civicrm_country.tpl (077c4e13).
-- Custom value tables: CRM/Core/BAO/CustomGroup.php (28ea2c96), CRM/Core/BAO/CustomField.php, CRM/Core/BAO/SchemaHandler.php,
--   CRM/Core/BAO/CustomValueTable.php (serialized fields are text). Triggers: CRM_Contact_BAO_Contact::triggerInfo and
--   Civi/Core/SqlTrigger/TimestampTriggers.php (real triggers are BEGIN..END blocks, here the same single statements).
-- Column COMMENTs are left out. Foreign keys to tables outside this file are left out and listed where they would be.
-- CiviVolunteer: github.com/civicrm/org.civicrm.volunteer 19391c7ff08a5f544cf1bf1c448f2ad0b9702b19, CRM/Volunteer/Upgrader.php.

CREATE TABLE `civicrm_contact` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_type` varchar(64) NULL,
  `external_identifier` varchar(64) NULL,
  `display_name` varchar(128) NULL,
  `organization_name` varchar(128) NULL,
  `contact_sub_type` varchar(255) NULL,
  `first_name` varchar(64) NULL,
  `middle_name` varchar(64) NULL,
  `last_name` varchar(64) NULL,
  `do_not_email` boolean NOT NULL DEFAULT FALSE,
  `do_not_phone` boolean NOT NULL DEFAULT FALSE,
  `do_not_mail` boolean NOT NULL DEFAULT FALSE,
  `do_not_sms` boolean NOT NULL DEFAULT FALSE,
  `do_not_trade` boolean NOT NULL DEFAULT FALSE,
  `is_opt_out` boolean NOT NULL DEFAULT FALSE,
  `legal_identifier` varchar(32) NULL,
  `sort_name` varchar(128) NULL,
  `nick_name` varchar(128) NULL,
  `legal_name` varchar(128) NULL,
  `image_URL` text NULL,
  `image_file_id` int unsigned NULL,
  `preferred_communication_method` varchar(255) NULL,
  `preferred_language` varchar(5) NULL,
  `hash` varchar(32) NULL,
  `api_key` varchar(32) NULL,
  `source` varchar(255) NULL,
  `prefix_id` int unsigned NULL,
  `suffix_id` int unsigned NULL,
  `formal_title` varchar(64) NULL,
  `communication_style_id` int unsigned NULL,
  `email_greeting_id` int unsigned NULL,
  `email_greeting_custom` varchar(128) NULL,
  `email_greeting_display` varchar(255) NULL,
  `postal_greeting_id` int unsigned NULL,
  `postal_greeting_custom` varchar(128) NULL,
  `postal_greeting_display` varchar(255) NULL,
  `addressee_id` int unsigned NULL,
  `addressee_custom` varchar(128) NULL,
  `addressee_display` varchar(255) NULL,
  `job_title` varchar(255) NULL,
  `gender_id` int unsigned NULL,
  `birth_date` date NULL,
  `is_deceased` boolean NOT NULL DEFAULT FALSE,
  `deceased_date` date NULL,
  `household_name` varchar(128) NULL,
  `primary_contact_id` int unsigned NULL,
  `sic_code` varchar(8) NULL,
  `user_unique_id` varchar(255) NULL,
  `employer_id` int unsigned NULL,
  `is_deleted` boolean NOT NULL DEFAULT FALSE,
  `created_date` timestamp NULL DEFAULT NULL,
  `modified_date` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `preferred_mail_format` varchar(8) NULL DEFAULT 'Both',
  PRIMARY KEY (`id`),
  INDEX `index_contact_type`(`contact_type`),
  UNIQUE INDEX `UI_external_identifier`(`external_identifier`),
  INDEX `index_organization_name`(`organization_name`),
  INDEX `index_contact_sub_type`(`contact_sub_type`),
  INDEX `index_first_name`(`first_name`),
  INDEX `index_last_name`(`last_name`),
  INDEX `index_sort_name`(`sort_name`),
  INDEX `index_preferred_communication_method`(`preferred_communication_method`),
  INDEX `index_hash`(`hash`),
  INDEX `index_api_key`(`api_key`),
  INDEX `UI_prefix`(`prefix_id`),
  INDEX `UI_suffix`(`suffix_id`),
  INDEX `index_communication_style_id`(`communication_style_id`),
  INDEX `UI_gender`(`gender_id`),
  INDEX `index_is_deceased`(`is_deceased`),
  INDEX `index_household_name`(`household_name`),
  INDEX `index_is_deleted_sort_name`(`is_deleted`, `sort_name`, `id`),
  INDEX `index_created_date`(`created_date`),
  INDEX `index_modified_date`(`modified_date`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_email` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` int unsigned NULL,
  `location_type_id` int unsigned NULL,
  `email` varchar(254) NULL,
  `is_primary` boolean NOT NULL DEFAULT FALSE,
  `is_billing` boolean NOT NULL DEFAULT FALSE,
  `on_hold` int unsigned NOT NULL DEFAULT 0,
  `is_bulkmail` boolean NOT NULL DEFAULT FALSE,
  `hold_date` datetime NULL,
  `reset_date` datetime NULL,
  `signature_text` text NULL DEFAULT NULL,
  `signature_html` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `index_location_type`(`location_type_id`),
  INDEX `UI_email`(`email`),
  INDEX `index_is_primary`(`is_primary`),
  INDEX `index_is_billing`(`is_billing`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_phone` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` int unsigned NULL,
  `location_type_id` int unsigned NULL,
  `is_primary` boolean NOT NULL DEFAULT FALSE,
  `is_billing` boolean NOT NULL DEFAULT FALSE,
  `mobile_provider_id` int unsigned NULL,
  `phone` varchar(32) NULL,
  `phone_ext` varchar(16) NULL,
  `phone_numeric` varchar(32) NULL,
  `phone_type_id` int unsigned NULL,
  PRIMARY KEY (`id`),
  INDEX `index_location_type`(`location_type_id`),
  INDEX `index_is_primary`(`is_primary`),
  INDEX `index_is_billing`(`is_billing`),
  INDEX `UI_mobile_provider_id`(`mobile_provider_id`),
  INDEX `index_phone_numeric`(`phone_numeric`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_address` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `contact_id` int unsigned NULL,
  `location_type_id` int unsigned NULL,
  `is_primary` boolean NOT NULL DEFAULT FALSE,
  `is_billing` boolean NOT NULL DEFAULT FALSE,
  `street_address` varchar(96) NULL,
  `street_number` int NULL,
  `street_number_suffix` varchar(8) NULL,
  `street_number_predirectional` varchar(8) NULL,
  `street_name` varchar(64) NULL,
  `street_type` varchar(8) NULL,
  `street_number_postdirectional` varchar(8) NULL,
  `street_unit` varchar(16) NULL,
  `supplemental_address_1` varchar(96) NULL,
  `supplemental_address_2` varchar(96) NULL,
  `supplemental_address_3` varchar(96) NULL,
  `city` varchar(64) NULL,
  `county_id` int unsigned NULL,
  `state_province_id` int unsigned NULL,
  `postal_code_suffix` varchar(12) NULL,
  `postal_code` varchar(64) NULL,
  `usps_adc` varchar(32) NULL,
  `country_id` int unsigned NULL,
  `geo_code_1` double NULL,
  `geo_code_2` double NULL,
  `manual_geo_code` boolean NOT NULL DEFAULT FALSE,
  `timezone` varchar(8) NULL,
  `name` varchar(255) NULL,
  `master_id` int unsigned NULL,
  PRIMARY KEY (`id`),
  INDEX `index_location_type`(`location_type_id`),
  INDEX `index_is_primary`(`is_primary`),
  INDEX `index_is_billing`(`is_billing`),
  INDEX `index_street_name`(`street_name`),
  INDEX `index_city`(`city`),
  INDEX `index_geo_code_1_geo_code_2`(`geo_code_1`, `geo_code_2`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_option_group` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `title` varchar(255) NULL,
  `description` text NULL,
  `data_type` varchar(128) NULL,
  `is_reserved` boolean NOT NULL DEFAULT TRUE,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `is_locked` boolean NOT NULL DEFAULT FALSE,
  `option_value_fields` varchar(128) NULL DEFAULT 'name,label,description',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_name`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_option_value` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `option_group_id` int unsigned NOT NULL,
  `label` varchar(512) NOT NULL,
  `value` varchar(512) NOT NULL,
  `name` varchar(255) NULL,
  `grouping` varchar(255) NULL,
  `filter` int unsigned NULL DEFAULT 0,
  `is_default` boolean NULL DEFAULT FALSE,
  `weight` int unsigned NOT NULL,
  `description` text NULL,
  `is_optgroup` boolean NULL DEFAULT FALSE,
  `is_reserved` boolean NULL DEFAULT FALSE,
  `is_active` boolean NULL DEFAULT TRUE,
  `component_id` int unsigned NULL,
  `domain_id` int unsigned NULL,
  `visibility_id` int unsigned NULL DEFAULT NULL,
  `icon` varchar(255) NULL DEFAULT NULL,
  `color` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `index_option_group_id_value`(`value`(128), `option_group_id`),
  INDEX `index_option_group_id_name`(`name`(128), `option_group_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_tag` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `label` varchar(64) NOT NULL,
  `description` varchar(255) NULL,
  `parent_id` int unsigned NULL DEFAULT NULL,
  `is_selectable` boolean NOT NULL DEFAULT TRUE,
  `is_reserved` boolean NOT NULL DEFAULT FALSE,
  `is_tagset` boolean NOT NULL DEFAULT FALSE,
  `used_for` varchar(64) NULL DEFAULT NULL,
  `created_id` int unsigned NULL,
  `color` varchar(255) NULL DEFAULT NULL,
  `created_date` datetime NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_name`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_entity_tag` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `entity_table` varchar(64) NULL,
  `entity_id` int unsigned NOT NULL,
  `tag_id` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_entity_id_entity_table_tag_id`(`entity_id`, `entity_table`, `tag_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_group` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text NULL,
  `source` varchar(64) NULL,
  `saved_search_id` int unsigned NULL,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `visibility` varchar(24) NULL DEFAULT 'User and User Admin Only',
  `where_clause` text NULL,
  `select_tables` text NULL,
  `where_tables` text NULL,
  `group_type` varchar(128) NULL,
  `cache_date` timestamp NULL,
  `cache_fill_took` double NULL,
  `refresh_date` timestamp NULL,
  `parents` text NULL,
  `children` text NULL,
  `is_hidden` boolean NOT NULL DEFAULT FALSE,
  `is_reserved` boolean NOT NULL DEFAULT FALSE,
  `created_id` int unsigned NULL,
  `modified_id` int unsigned NULL,
  `frontend_title` varchar(255) NOT NULL,
  `frontend_description` text NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `UI_cache_date`(`cache_date`),
  INDEX `index_group_type`(`group_type`),
  UNIQUE INDEX `UI_title`(`title`),
  UNIQUE INDEX `UI_name`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_group_contact` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int unsigned NOT NULL,
  `contact_id` int unsigned NOT NULL,
  `status` varchar(8) NULL,
  `location_id` int unsigned NULL,
  `email_id` int unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_contact_group`(`contact_id`, `group_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_log` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `entity_table` varchar(64) NOT NULL,
  `entity_id` int unsigned NOT NULL,
  `data` text NULL,
  `modified_id` int unsigned NULL,
  `modified_date` datetime NULL,
  PRIMARY KEY (`id`),
  INDEX `index_entity`(`entity_table`, `entity_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_custom_group` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `title` varchar(64) NOT NULL,
  `extends` varchar(255) NOT NULL DEFAULT 'Contact',
  `extends_entity_column_id` int unsigned NULL DEFAULT NULL,
  `extends_entity_column_value` varchar(255) NULL,
  `style` varchar(15) NOT NULL DEFAULT 'Inline',
  `collapse_display` boolean NOT NULL DEFAULT FALSE,
  `help_pre` text NULL,
  `help_post` text NULL,
  `weight` int NOT NULL DEFAULT 1,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `table_name` varchar(255) NULL,
  `is_multiple` boolean NOT NULL DEFAULT FALSE,
  `min_multiple` int unsigned NULL,
  `max_multiple` int unsigned NULL,
  `collapse_adv_display` boolean NOT NULL DEFAULT FALSE,
  `created_id` int unsigned NULL,
  `created_date` datetime NULL,
  `is_reserved` boolean NOT NULL DEFAULT FALSE,
  `is_public` boolean NOT NULL DEFAULT TRUE,
  `icon` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_title_extends`(`title`, `extends`),
  UNIQUE INDEX `UI_name`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_custom_field` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `custom_group_id` int unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  `label` varchar(255) NOT NULL,
  `data_type` varchar(16) NOT NULL,
  `html_type` varchar(32) NOT NULL,
  `default_value` varchar(255) NULL,
  `is_required` boolean NOT NULL DEFAULT FALSE,
  `is_searchable` boolean NOT NULL DEFAULT FALSE,
  `is_search_range` boolean NOT NULL DEFAULT FALSE,
  `weight` int NOT NULL DEFAULT 1,
  `help_pre` text NULL,
  `help_post` text NULL,
  `attributes` varchar(255) NULL,
  `is_active` boolean NULL DEFAULT TRUE,
  `is_view` boolean NOT NULL DEFAULT FALSE,
  `file_is_public` boolean NOT NULL DEFAULT FALSE,
  `options_per_line` int unsigned NULL,
  `text_length` int unsigned NULL,
  `start_date_years` int NULL,
  `end_date_years` int NULL,
  `date_format` varchar(64) NULL,
  `time_format` int unsigned NULL,
  `note_columns` int unsigned NULL,
  `note_rows` int unsigned NULL,
  `column_name` varchar(255) NULL,
  `option_group_id` int unsigned NULL,
  `serialize` int unsigned NOT NULL DEFAULT 0,
  `filter` varchar(255) NULL,
  `in_selector` boolean NOT NULL DEFAULT FALSE,
  `fk_entity` varchar(255) NULL DEFAULT NULL,
  `fk_entity_on_delete` varchar(255) NOT NULL DEFAULT 'set_null',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_label_custom_group_id`(`label`, `custom_group_id`),
  UNIQUE INDEX `UI_name_custom_group_id`(`name`, `custom_group_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_country` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NULL,
  `iso_code` char(2) NULL,
  `country_code` varchar(4) NULL,
  `address_format_id` int unsigned NULL,
  `idd_prefix` varchar(4) NULL,
  `ndd_prefix` varchar(4) NULL,
  `region_id` int unsigned NOT NULL,
  `is_province_abbreviated` boolean NOT NULL DEFAULT FALSE,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_name_iso_code`(`name`, `iso_code`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_state_province` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NULL,
  `abbreviation` varchar(4) NULL,
  `country_id` int unsigned NOT NULL,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_name_country_id`(`name`, `country_id`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_location_type` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `display_name` varchar(64) NOT NULL,
  `vcard_name` varchar(64) NULL,
  `description` varchar(255) NULL,
  `is_reserved` boolean NOT NULL DEFAULT FALSE,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `is_default` boolean NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `UI_name`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `civicrm_contact_type` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `label` varchar(64) NULL,
  `description` text NULL,
  `image_URL` varchar(255) NULL,
  `icon` varchar(255) NULL DEFAULT NULL,
  `parent_id` int unsigned NULL,
  `is_active` boolean NOT NULL DEFAULT TRUE,
  `is_reserved` boolean NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `contact_type`(`name`)
)
ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

-- Foreign keys, added after all tables as SqlGenerator::getCreateTablesSql does.
-- civicrm_contact.image_file_id has no constraint (entity_reference fk FALSE).
ALTER TABLE `civicrm_contact`
  ADD CONSTRAINT `FK_civicrm_contact_primary_contact_id` FOREIGN KEY (`primary_contact_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL,
  ADD CONSTRAINT `FK_civicrm_contact_employer_id` FOREIGN KEY (`employer_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL;
ALTER TABLE `civicrm_email`
  ADD CONSTRAINT `FK_civicrm_email_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE CASCADE;
ALTER TABLE `civicrm_phone`
  ADD CONSTRAINT `FK_civicrm_phone_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE CASCADE;
-- Not here: FK_civicrm_address_county_id to civicrm_county (ON DELETE SET NULL).
ALTER TABLE `civicrm_address`
  ADD CONSTRAINT `FK_civicrm_address_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `FK_civicrm_address_state_province_id` FOREIGN KEY (`state_province_id`) REFERENCES `civicrm_state_province`(`id`) ON DELETE SET NULL,
  ADD CONSTRAINT `FK_civicrm_address_country_id` FOREIGN KEY (`country_id`) REFERENCES `civicrm_country`(`id`) ON DELETE SET NULL,
  ADD CONSTRAINT `FK_civicrm_address_master_id` FOREIGN KEY (`master_id`) REFERENCES `civicrm_address`(`id`) ON DELETE SET NULL;
-- Not here: FK_civicrm_option_value_component_id to civicrm_component, FK_civicrm_option_value_domain_id to civicrm_domain.
ALTER TABLE `civicrm_option_value`
  ADD CONSTRAINT `FK_civicrm_option_value_option_group_id` FOREIGN KEY (`option_group_id`) REFERENCES `civicrm_option_group`(`id`) ON DELETE CASCADE;
ALTER TABLE `civicrm_tag`
  ADD CONSTRAINT `FK_civicrm_tag_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `civicrm_tag`(`id`),
  ADD CONSTRAINT `FK_civicrm_tag_created_id` FOREIGN KEY (`created_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL;
-- civicrm_entity_tag.entity_id is a dynamic reference (entity_table), so it has no constraint.
ALTER TABLE `civicrm_entity_tag`
  ADD CONSTRAINT `FK_civicrm_entity_tag_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `civicrm_tag`(`id`) ON DELETE CASCADE;
-- Not here: FK_civicrm_group_saved_search_id to civicrm_saved_search (ON DELETE CASCADE).
ALTER TABLE `civicrm_group`
  ADD CONSTRAINT `FK_civicrm_group_created_id` FOREIGN KEY (`created_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL,
  ADD CONSTRAINT `FK_civicrm_group_modified_id` FOREIGN KEY (`modified_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL;
-- Not here: FK_civicrm_group_contact_location_id to civicrm_loc_block (ON DELETE SET NULL).
ALTER TABLE `civicrm_group_contact`
  ADD CONSTRAINT `FK_civicrm_group_contact_group_id` FOREIGN KEY (`group_id`) REFERENCES `civicrm_group`(`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `FK_civicrm_group_contact_contact_id` FOREIGN KEY (`contact_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `FK_civicrm_group_contact_email_id` FOREIGN KEY (`email_id`) REFERENCES `civicrm_email`(`id`);
ALTER TABLE `civicrm_log`
  ADD CONSTRAINT `FK_civicrm_log_modified_id` FOREIGN KEY (`modified_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE CASCADE;
ALTER TABLE `civicrm_custom_group`
  ADD CONSTRAINT `FK_civicrm_custom_group_created_id` FOREIGN KEY (`created_id`) REFERENCES `civicrm_contact`(`id`) ON DELETE SET NULL;
ALTER TABLE `civicrm_custom_field`
  ADD CONSTRAINT `FK_civicrm_custom_field_custom_group_id` FOREIGN KEY (`custom_group_id`) REFERENCES `civicrm_custom_group`(`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `FK_civicrm_custom_field_option_group_id` FOREIGN KEY (`option_group_id`) REFERENCES `civicrm_option_group`(`id`) ON DELETE SET NULL;
-- Not here: FK_civicrm_country_address_format_id to civicrm_address_format, FK_civicrm_country_region_id to civicrm_worldregion.
ALTER TABLE `civicrm_state_province`
  ADD CONSTRAINT `FK_civicrm_state_province_country_id` FOREIGN KEY (`country_id`) REFERENCES `civicrm_country`(`id`);
ALTER TABLE `civicrm_contact_type`
  ADD CONSTRAINT `FK_civicrm_contact_type_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `civicrm_contact_type`(`id`);

-- Seed: contact types as installed (ids 1-3, reserved), plus the sub-types Volunteer (created by CiviVolunteer's
-- upgrader, label Volunteer, parent Individual), Newcomer and Donor (defined by the organisation).
INSERT INTO `civicrm_contact_type` (`id`, `name`, `label`, `icon`, `image_URL`, `parent_id`, `is_active`, `is_reserved`) VALUES
  (1, 'Individual', 'Individual', 'fa-user', NULL, NULL, 1, 1),
  (2, 'Household', 'Household', 'fa-home', NULL, NULL, 1, 1),
  (3, 'Organization', 'Organization', 'fa-building', NULL, NULL, 1, 1),
  (4, 'Volunteer', 'Volunteer', NULL, NULL, 1, 1, 0),
  (5, 'Newcomer', 'Newcomer', NULL, NULL, 1, 1, 0),
  (6, 'Donor', 'Donor', NULL, NULL, 1, 1, 0);

-- Seed: location types as installed, in this order, so Home=1 Work=2 Main=3 Other=4 Billing=5.
INSERT INTO `civicrm_location_type` (`name`, `display_name`, `vcard_name`, `description`, `is_reserved`, `is_active`, `is_default`) VALUES
  ('Home', 'Home', 'HOME', 'Place of residence', 0, 1, 1),
  ('Work', 'Work', 'WORK', 'Work location', 0, 1, 0),
  ('Main', 'Main', NULL, 'Main office location', 0, 1, 0),
  ('Other', 'Other', NULL, 'Other location', 0, 1, 0),
  ('Billing', 'Billing', NULL, 'Billing Address location', 1, 1, 0);

-- Seed: a few countries with their real CiviCRM ids (civicrm_country.tpl). region_id 1 Europe and Central Asia,
-- 3 Middle East and North Africa, 4 Asia-Pacific, 5 Africa.
INSERT INTO `civicrm_country` (`id`, `name`, `iso_code`, `region_id`, `is_province_abbreviated`) VALUES
  (1001, 'Afghanistan', 'AF', 4, 0),
  (1020, 'Belgium', 'BE', 1, 0),
  (1068, 'Eritrea', 'ER', 5, 0),
  (1076, 'France', 'FR', 1, 0),
  (1082, 'Germany', 'DE', 1, 0),
  (1152, 'Netherlands', 'NL', 1, 0),
  (1206, 'Syrian Arab Republic', 'SY', 3, 0),
  (1224, 'Ukraine', 'UA', 1, 0);

-- Seed: option group gender (historical id a/0003, id 3 on a fresh install), values 1 Female, 2 Male, 3 Other.
INSERT INTO `civicrm_option_group` (`id`, `name`, `title`, `description`, `data_type`, `is_reserved`, `is_active`, `option_value_fields`) VALUES
  (3, 'gender', 'Gender', 'CiviCRM is pre-configured with standard options for individual gender (Male, Female, Other). Modify these options as needed for your installation.', 'Integer', 1, 1, 'name,label,description');
INSERT INTO `civicrm_option_value` (`option_group_id`, `label`, `value`, `name`, `filter`, `is_default`, `weight`, `is_optgroup`, `is_reserved`, `is_active`) VALUES
  (3, 'Female', '1', 'Female', 0, 0, 1, 0, 0, 1),
  (3, 'Male', '2', 'Male', 0, 0, 2, 0, 0, 1),
  (3, 'Other', '3', 'Other', 0, 0, 3, 0, 0, 1);

-- Seed: option group languages (languages.tpl). civicrm_contact.preferred_language holds the option NAME (nl_NL),
-- the option VALUE is the two-letter code (nl). Only some of the 194 rows, with their real weight and is_active.
INSERT INTO `civicrm_option_group` (`id`, `name`, `title`, `description`, `is_reserved`, `is_active`) VALUES
  (100, 'languages', 'Languages', 'List of Languages', 1, 1);
INSERT INTO `civicrm_option_value` (`option_group_id`, `is_default`, `is_active`, `name`, `value`, `label`, `weight`) VALUES
  (100, 0, 1, 'ar_EG', 'ar', 'Arabic', 7),
  (100, 0, 1, 'nl_NL', 'nl', 'Dutch (Netherlands)', 40),
  (100, 0, 1, 'nl_BE', 'nl', 'Dutch (Belgium)', 41),
  (100, 0, 1, 'en_GB', 'en', 'English (United Kingdom)', 45),
  (100, 1, 1, 'en_US', 'en', 'English (United States)', 46),
  (100, 0, 1, 'fr_FR', 'fr', 'French (France)', 54),
  (100, 0, 1, 'de_DE', 'de', 'German', 58),
  (100, 0, 1, 'fa_IR', 'fa', 'Persian (Iran)', 133),
  (100, 0, 0, 'ps_AF', 'ps', 'Pashto, Pushto', 135),
  (100, 0, 1, 'ru_RU', 'ru', 'Russian', 142),
  (100, 0, 0, 'so_SO', 'so', 'Somali', 155),
  (100, 0, 0, 'ti_ET', 'ti', 'Tigrinya', 168),
  (100, 0, 1, 'tr_TR', 'tr', 'Turkish', 174),
  (100, 0, 1, 'uk_UA', 'uk', 'Ukrainian', 180);

-- Seed: CiviVolunteer's option group skill_level (CRM_Volunteer_Upgrader::createVolunteerContactCustomFields).
INSERT INTO `civicrm_option_group` (`id`, `name`, `title`, `is_reserved`, `is_active`) VALUES
  (101, 'skill_level', 'Skill Level', 1, 1);
INSERT INTO `civicrm_option_value` (`option_group_id`, `label`, `value`, `name`, `weight`, `is_active`) VALUES
  (101, 'Not interested', '1', 'Not_interested', 1, 1),
  (101, 'Teach me', '2', 'Teach_me', 2, 1),
  (101, 'Apprentice', '3', 'Apprentice', 3, 1),
  (101, 'Journeyman', '4', 'Journeyman', 4, 1),
  (101, 'Master', '5', 'Master', 5, 1);

-- Seed: the organisation's option groups for its own custom fields on people: languages (two-letter codes) and
-- interests (Dutch words, as a Flemish organisation would name them).
INSERT INTO `civicrm_option_group` (`id`, `name`, `title`, `data_type`, `is_reserved`, `is_active`, `option_value_fields`) VALUES
  (102, 'buddy_programme_languages', 'Buddy programme :: Languages', 'String', 0, 1, 'name,label'),
  (103, 'buddy_programme_interests', 'Buddy programme :: Interests', 'String', 0, 1, 'name,label');
INSERT INTO `civicrm_option_value` (`option_group_id`, `label`, `value`, `name`, `weight`, `is_active`) VALUES
  (102, 'Dutch', 'nl', 'Dutch', 1, 1),
  (102, 'English', 'en', 'English', 2, 1),
  (102, 'French', 'fr', 'French', 3, 1),
  (102, 'Arabic', 'ar', 'Arabic', 4, 1),
  (102, 'Ukrainian', 'uk', 'Ukrainian', 5, 1),
  (102, 'Tigrinya', 'ti', 'Tigrinya', 6, 1),
  (102, 'Persian', 'fa', 'Persian', 7, 1),
  (102, 'Pashto', 'ps', 'Pashto', 8, 1),
  (102, 'Russian', 'ru', 'Russian', 9, 1),
  (102, 'Turkish', 'tr', 'Turkish', 10, 1),
  (102, 'Somali', 'so', 'Somali', 11, 1),
  (102, 'Spanish', 'es', 'Spanish', 12, 1);
INSERT INTO `civicrm_option_value` (`option_group_id`, `label`, `value`, `name`, `weight`, `is_active`) VALUES
  (103, 'Voetbal', 'voetbal', 'voetbal', 1, 1),
  (103, 'Koken', 'koken', 'koken', 2, 1),
  (103, 'Wandelen', 'wandelen', 'wandelen', 3, 1),
  (103, 'Fietsen', 'fietsen', 'fietsen', 4, 1),
  (103, 'Lezen', 'lezen', 'lezen', 5, 1),
  (103, 'Muziek', 'muziek', 'muziek', 6, 1),
  (103, 'Schaken', 'schaken', 'schaken', 7, 1),
  (103, 'Zwemmen', 'zwemmen', 'zwemmen', 8, 1);

-- Custom groups. table_name = civicrm_value_ + lower(munge(TITLE, 13 chars)) + _ + id, so the TITLE is cut to 13 characters.
-- extends_entity_column_value is the sub-type list bookended with CHAR(1).
INSERT INTO `civicrm_custom_group` (`id`, `name`, `title`, `extends`, `extends_entity_column_id`, `extends_entity_column_value`, `style`, `collapse_display`, `weight`, `is_active`, `table_name`, `is_multiple`, `collapse_adv_display`, `is_reserved`, `is_public`) VALUES
  (1, 'Volunteer_Information', 'Volunteer Information', 'Individual', NULL, CONCAT(CHAR(1 USING utf8mb4), 'Volunteer', CHAR(1 USING utf8mb4)), 'Inline', 0, 1, 1, 'civicrm_value_volunteer_inf_1', 0, 0, 0, 1),
  (2, 'Buddy_programme', 'Buddy programme', 'Individual', NULL, NULL, 'Inline', 0, 2, 1, 'civicrm_value_buddy_program_2', 0, 0, 0, 1);

-- Custom fields. column_name = lower(munge(LABEL, 32 chars)) + _ + id. Multi-valued fields have serialize = 1
-- (Multi-Select became html_type Select + serialize 1 in 5.27, CheckBox is always serialized).
INSERT INTO `civicrm_custom_field` (`id`, `custom_group_id`, `name`, `label`, `data_type`, `html_type`, `is_required`, `is_searchable`, `is_search_range`, `weight`, `is_active`, `is_view`, `text_length`, `column_name`, `option_group_id`, `serialize`, `in_selector`, `fk_entity_on_delete`) VALUES
  (1, 1, 'camera_skill_level', 'Camera Skill Level', 'String', 'Select', 0, 1, 0, 1, 1, 0, 255, 'camera_skill_level_1', 101, 1, 0, 'set_null'),
  (2, 2, 'languages', 'Languages', 'String', 'CheckBox', 0, 0, 0, 1, 1, 0, 255, 'languages_2', 102, 1, 0, 'set_null'),
  (3, 2, 'interests', 'Interests', 'String', 'CheckBox', 0, 1, 0, 2, 1, 0, 255, 'interests_3', 103, 1, 0, 'set_null');

-- Custom value tables as CRM_Core_BAO_SchemaHandler::buildTableSQL builds them (single-record groups:
-- UNIQUE INDEX unique_entity_id, FK to the extended table ON DELETE CASCADE), then one ALTER per field.
-- Serialized fields are text (CustomValueTable::fieldToSQLType), and text columns get no search index.
CREATE TABLE civicrm_value_volunteer_inf_1 (
        `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
        `entity_id` int unsigned NOT NULL COMMENT 'Table that this extends',
        PRIMARY KEY ( id ),
        UNIQUE INDEX unique_entity_id ( entity_id ),
        CONSTRAINT FK_civicrm_value_volunteer_inf_1_entity_id FOREIGN KEY ( `entity_id` ) REFERENCES civicrm_contact ( id ) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE civicrm_value_volunteer_inf_1 ADD COLUMN `camera_skill_level_1` text NULL;

CREATE TABLE civicrm_value_buddy_program_2 (
        `id` int unsigned NOT NULL AUTO_INCREMENT COMMENT 'Default MySQL primary key',
        `entity_id` int unsigned NOT NULL COMMENT 'Table that this extends',
        PRIMARY KEY ( id ),
        UNIQUE INDEX unique_entity_id ( entity_id ),
        CONSTRAINT FK_civicrm_value_buddy_program_2_entity_id FOREIGN KEY ( `entity_id` ) REFERENCES civicrm_contact ( id ) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE civicrm_value_buddy_program_2 ADD COLUMN `languages_2` text NULL;
ALTER TABLE civicrm_value_buddy_program_2 ADD COLUMN `interests_3` text NULL;

-- Triggers CiviCRM installs for these tables (always, with or without detailed logging). CiviCRM writes each as
-- BEGIN..END named <table>_<when>_<event> and fills phone_numeric with its SQL function civicrm_strip_non_numeric
-- (digits only, '' for NULL). Here each body is the same single statement.
CREATE TRIGGER civicrm_contact_before_insert BEFORE INSERT ON civicrm_contact FOR EACH ROW
  SET NEW.created_date = CURRENT_TIMESTAMP;
CREATE TRIGGER civicrm_phone_before_insert BEFORE INSERT ON civicrm_phone FOR EACH ROW
  SET NEW.phone_numeric = COALESCE(REGEXP_REPLACE(NEW.phone, '[^0-9]', ''), '');
CREATE TRIGGER civicrm_phone_before_update BEFORE UPDATE ON civicrm_phone FOR EACH ROW
  SET NEW.phone_numeric = COALESCE(REGEXP_REPLACE(NEW.phone, '[^0-9]', ''), '');
CREATE TRIGGER civicrm_email_after_insert AFTER INSERT ON civicrm_email FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_email_after_update AFTER UPDATE ON civicrm_email FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_email_after_delete AFTER DELETE ON civicrm_email FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = OLD.contact_id;
CREATE TRIGGER civicrm_phone_after_insert AFTER INSERT ON civicrm_phone FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_phone_after_update AFTER UPDATE ON civicrm_phone FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_phone_after_delete AFTER DELETE ON civicrm_phone FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = OLD.contact_id;
CREATE TRIGGER civicrm_address_after_insert AFTER INSERT ON civicrm_address FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_address_after_update AFTER UPDATE ON civicrm_address FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.contact_id;
CREATE TRIGGER civicrm_address_after_delete AFTER DELETE ON civicrm_address FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = OLD.contact_id;
CREATE TRIGGER civicrm_value_volunteer_inf_1_after_insert AFTER INSERT ON civicrm_value_volunteer_inf_1 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.entity_id;
CREATE TRIGGER civicrm_value_volunteer_inf_1_after_update AFTER UPDATE ON civicrm_value_volunteer_inf_1 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.entity_id;
CREATE TRIGGER civicrm_value_volunteer_inf_1_after_delete AFTER DELETE ON civicrm_value_volunteer_inf_1 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = OLD.entity_id;
CREATE TRIGGER civicrm_value_buddy_program_2_after_insert AFTER INSERT ON civicrm_value_buddy_program_2 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.entity_id;
CREATE TRIGGER civicrm_value_buddy_program_2_after_update AFTER UPDATE ON civicrm_value_buddy_program_2 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = NEW.entity_id;
CREATE TRIGGER civicrm_value_buddy_program_2_after_delete AFTER DELETE ON civicrm_value_buddy_program_2 FOR EACH ROW
  UPDATE civicrm_contact SET modified_date = CURRENT_TIMESTAMP WHERE id = OLD.entity_id;
