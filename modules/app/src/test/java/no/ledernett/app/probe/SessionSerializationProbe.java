package no.ledernett.app.probe;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Test only: after every request, writes each session attribute the way a cluster replicates it
 * (Java serialisation) and remembers what could not be written, with the page that put it there.
 * A session that cannot be written is lost when its instance stops; a test reads the findings at
 * {@link SessionSerializationReport}.
 */
@WebListener
public class SessionSerializationProbe implements ServletRequestListener {

    static final Set<String> PROBLEMS = new ConcurrentSkipListSet<>();

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(session.getAttribute(name));
                } catch (IOException | RuntimeException e) {
                    PROBLEMS.add(request.getRequestURI() + ": " + name + ": " + e);
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out in this request: nothing left to replicate
        }
    }
}
