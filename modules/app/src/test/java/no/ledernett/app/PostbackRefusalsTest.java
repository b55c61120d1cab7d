package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletException;
import java.io.FileNotFoundException;
import org.junit.jupiter.api.Test;

class PostbackRefusalsTest {

    @Test
    void a_missing_page_is_not_found_and_a_forged_form_a_bad_request() {
        assertEquals(404, PostbackRefusals.statusFor(new ServletException(new FileNotFoundException("/PORTAL/index.xhtml"))));
        assertEquals(400, PostbackRefusals.statusFor(new ServletException(new org.primefaces.csp.CspException("CSP nonce mismatch"))));
    }

    @Test
    void a_state_that_breaks_while_faces_restores_it_is_a_bad_request_and_any_other_failure_stays_a_failure() {
        ArrayIndexOutOfBoundsException restoring = new ArrayIndexOutOfBoundsException("Index 2 out of bounds for length 2");
        restoring.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("jakarta.faces.component.UIComponentBase", "restoreState", "UIComponentBase.java", 1224),
            new StackTraceElement("com.sun.faces.application.view.FaceletPartialStateManagementStrategy", "restoreView", "F.java", 346)});
        assertEquals(400, PostbackRefusals.statusFor(new ServletException(restoring)));
        ArrayIndexOutOfBoundsException ours = new ArrayIndexOutOfBoundsException("a bug of ours");
        ours.setStackTrace(new StackTraceElement[] {new StackTraceElement("no.ledernett.sessions.Meetings", "schedule", "Meetings.java", 1)});
        assertEquals(0, PostbackRefusals.statusFor(new ServletException(ours)));
        assertEquals(0, PostbackRefusals.statusFor(new IllegalArgumentException("unexpected")));
    }
}
