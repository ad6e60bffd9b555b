package be.buddytrajectories.core.profile;

/** What a screening was; only some kinds make a buddy "screened" (see the package documentation). */
public enum ScreeningKind {
    /** Uittreksel uit het strafregister, model 1: the general criminal-record extract. */
    CRIMINAL_RECORD_MODEL_1(true),
    /** Model 2: the extract for work with minors, which checks more. */
    CRIMINAL_RECORD_MODEL_2(true),
    INTERVIEW(false),
    REFERENCE(false),
    /**
     * A screening recorded before kinds existed (or imported without one): it made the buddy screened then, so it
     * still counts until it expires, but nobody can tell which document it was.
     */
    UNSPECIFIED(true);

    private final boolean makesScreened;

    ScreeningKind(boolean makesScreened) {
        this.makesScreened = makesScreened;
    }

    /** Whether a valid screening of this kind lets a buddy be proposed where the programme requires screening. */
    public boolean makesScreened() {
        return makesScreened;
    }

    /** The longest name, for the column. */
    static final int NAME_LENGTH = 24;
}
