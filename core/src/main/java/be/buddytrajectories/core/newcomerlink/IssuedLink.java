package be.buddytrajectories.core.newcomerlink;

import java.time.LocalDateTime;

/**
 * A link just issued. The token is shown once, right now: only its hash is kept.
 *
 * @param path the link's path inside the host, e.g. {@code n/<token>}; the host's address makes it absolute
 */
public record IssuedLink(long trajectoryId, String token, String path, LocalDateTime createdAt) {

    /** The route of the newcomer's page, before the token. */
    public static final String ROUTE = "n";

    static IssuedLink of(long trajectoryId, String token, LocalDateTime createdAt) {
        return new IssuedLink(trajectoryId, token, ROUTE + "/" + token, createdAt);
    }

    @Override
    public String toString() {
        return "IssuedLink[trajectoryId=" + trajectoryId + ", createdAt=" + createdAt + "]";
    }
}
