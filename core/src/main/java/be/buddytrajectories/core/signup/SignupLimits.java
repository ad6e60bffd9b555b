package be.buddytrajectories.core.signup;

import java.time.Duration;

/** Every limit of the public forms, in one place. */
public final class SignupLimits {

    /** A person needs at least this long to fill in a form; a faster submission is a bot's. */
    public static final Duration MIN_TIME_TO_FILL = Duration.ofSeconds(3);
    /** Submissions (of both forms together) one client address may make per {@link #WINDOW}. */
    public static final int PER_ADDRESS = 5;
    public static final Duration WINDOW = Duration.ofHours(1);
    /** Pending sign-ups and referrals together; beyond it the forms ask to try again later. */
    public static final int MAX_PENDING = 200;
    public static final int REASON_LENGTH = 1000;
    public static final int PHONE_LENGTH = 40;
    /** Digits, spaces and the usual separators; at least six characters. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()./-]{6,40}";
    /** Language codes stored in one column, e.g. {@code nl,fr,ar}. */
    public static final int LANGUAGES_LENGTH = 60;
    /** Interests stored one per line. */
    public static final int INTERESTS_LENGTH = 1000;
    /** Weekly slots stored as codes, e.g. {@code WED_EVENING,SAT_MORNING}. */
    public static final int AVAILABILITY_LENGTH = 300;
    public static final int MAX_INTERESTS = 10;

    private SignupLimits() {
    }
}
