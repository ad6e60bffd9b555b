package be.buddytrajectories.search.vocabulary;

/** Sectors of work, the keys of {@code sectors.tsv}. */
public enum Sector {
    HEALTHCARE, EDUCATION, SOCIAL, ADMINISTRATION, LEGAL, FINANCE, IT, HOSPITALITY, TRADES, TRANSPORT,
    PERSONAL_CARE, RETAIL, AGRICULTURE, CLEANING, MANUFACTURING, ENGINEERING, ARTS
}
