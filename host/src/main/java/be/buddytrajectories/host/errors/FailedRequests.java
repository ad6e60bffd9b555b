package be.buddytrajectories.host.errors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches a failure that escapes the web application before Jetty logs it with the request's address: an
 * address may carry a secret (the personal link of a public page) or an id, so the log gets an incident
 * without it, and the browser a plain 500.
 */
public class FailedRequests implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FailedRequests.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            Incident.error(LOG, "a request failed", e);
            if (!response.isCommitted() && response instanceof HttpServletResponse http) {
                http.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
