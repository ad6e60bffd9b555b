package be.buddytrajectories.ui.testing;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** What a download link would deliver, fetched through the session's resource registry as the browser would. */
public final class Downloads {

    private Downloads() {
    }

    public static byte[] of(Anchor link) {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResource resource = (StreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.getWriter().accept(out, session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
