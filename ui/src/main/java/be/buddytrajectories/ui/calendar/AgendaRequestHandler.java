package be.buddytrajectories.ui.calendar;

import be.buddytrajectories.core.calendar.CalendarFeedService;
import be.buddytrajectories.core.token.RequestRateLimit;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves a buddy's calendar feed, {@code GET /buddy/agenda/<token>.ics}, as {@code text/calendar; charset=UTF-8}.
 * An unknown, revoked or malformed token gets the same 404; too many requests a 429. Nothing is logged.
 */
class AgendaRequestHandler implements RequestHandler {

    static final String PREFIX = "/" + CalendarFeedService.PATH;
    private static final String SUFFIX = ".ics";

    private final CalendarFeedService feeds;
    private final RequestRateLimit limit;

    AgendaRequestHandler(CalendarFeedService feeds, RequestRateLimit limit) {
        this.feeds = feeds;
        this.limit = limit;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return false;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            plain(response, 405, "Method not allowed");
            return true;
        }
        String token = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        String address = Optional.ofNullable(request.getRemoteAddr()).orElse("unknown");
        if (!limit.allow(address, token)) {
            response.setHeader("Retry-After", "60");
            plain(response, 429, "Too many requests: try again in a minute.");
            return true;
        }
        Optional<byte[]> ics = feeds.feed(token);
        if (ics.isEmpty()) {
            plain(response, 404, "This calendar link no longer works.");
            return true;
        }
        response.setStatus(200);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"buddy.ics\"");
        response.setContentLength(ics.get().length);
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(ics.get());
            }
        }
        return true;
    }

    private static void plain(VaadinResponse response, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
