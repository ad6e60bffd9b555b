package be.buddytrajectories.core.audit;

/** What was done; the subject is a host person id (or none). */
public enum AuditAction {
    READ_INTAKE,
    READ_COORDINATOR_NOTES,
    EXPORT_PERSON,
    ERASE_PERSON,
    ANONYMISE_CLOSED_DUO,
    CHANGE_PROGRAMME_SETTINGS,
    ASSIGN_COORDINATOR,
    ISSUE_NEWCOMER_LINK,
    REVOKE_NEWCOMER_LINK,
    GENERATE_PROOF,
    IMPORT_SPREADSHEET,
    EXPORT_REPORT,
    RECORD_SCREENING
}
