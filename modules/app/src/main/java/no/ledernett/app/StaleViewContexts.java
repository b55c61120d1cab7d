package no.ledernett.app;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops Mojarra's record of a view's {@code @ViewScoped} beans once the view itself has left the
 * session. Mojarra 4.0 keeps one such record per view ever shown in a session and never removes it
 * when it evicts the view from the session's active views (their beans are destroyed, the record
 * stays), so a session grew by about 0.4 KB per page visited until it ended. That matters more
 * than its size suggests: Payara reads the whole session back from its store and writes it again
 * on every request of a distributable application. Registered for the creation of a view map
 * (faces-config.xml), which is when Mojarra evicts the oldest view.
 */
public class StaleViewContexts implements SystemEventListener {

    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        dropStale(session.get(VIEW_CONTEXTS), session.get(ACTIVE_VIEW_MAPS));
    }

    /** Keeps the records of the views still active; leaves anything it does not recognise alone. */
    static void dropStale(Object viewContexts, Object activeViewMaps) {
        if (viewContexts instanceof Map<?, ?> contexts && activeViewMaps instanceof Map<?, ?> viewMaps) {
            Set<Object> active;
            // Mojarra guards its map of active views with the map itself (a synchronized LRU map).
            synchronized (viewMaps) {
                active = new HashSet<>(viewMaps.keySet());
            }
            contexts.keySet().retainAll(active);
        }
    }
}
