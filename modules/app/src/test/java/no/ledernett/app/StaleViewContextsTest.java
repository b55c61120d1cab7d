package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class StaleViewContextsTest {

    @Test
    void dropsTheRecordsOfViewsNoLongerActive() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("evicted", Map.of(), "older", Map.of(), "shown", Map.of(), "open", Map.of()));
        Map<String, Object> active = Collections.synchronizedMap(new LinkedHashMap<>(Map.of("shown", Map.of(), "open", Map.of())));

        StaleViewContexts.dropStale(contexts, active);

        assertEquals(Set.of("shown", "open"), contexts.keySet());
        assertEquals(Set.of("shown", "open"), active.keySet(), "the active views are only read");
    }

    @Test
    void leavesTheSessionAloneWhenMojarraKeepsNoSuchMaps() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", Map.of()));

        StaleViewContexts.dropStale(contexts, null);
        StaleViewContexts.dropStale(null, Map.of("a", Map.of()));
        StaleViewContexts.dropStale(contexts, "not a map");

        assertEquals(Set.of("a"), contexts.keySet());
    }
}
