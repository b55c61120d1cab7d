package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void calendar_feed_tokens_never_reach_the_log() {
        assertEquals("/api/calendar/***", RequestLog.path("/api/calendar/Qm9yZGVyLXNlY3JldC10b2tlbg"));
        assertEquals("/ledernett/api/calendar/***", RequestLog.path("/ledernett/api/calendar/abc123"));
        assertEquals("/api/calendar", RequestLog.path("/api/calendar"));
        assertEquals("/api/meetings/12/held", RequestLog.path("/api/meetings/12/held"));
    }

    @Test
    void probes_metrics_and_static_resources_are_not_logged_pages_and_api_are() {
        assertFalse(RequestLog.logged("/health/ready"));
        assertFalse(RequestLog.logged("/metrics"));
        assertFalse(RequestLog.logged("/jakarta.faces.resource/theme.css.xhtml"));
        assertTrue(RequestLog.logged("/api/municipalities"));
        assertTrue(RequestLog.logged("/admin/groups/index.xhtml"));
    }
}
