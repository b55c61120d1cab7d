package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void primefaces_is_given_the_same_policy_the_filter_sends_and_it_allows_no_inline_script_or_eval() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher policy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>").matcher(webXml);
        assertTrue(policy.find(), "web.xml sets primefaces.CSP_POLICY");
        assertEquals(SecurityHeaders.CSP, policy.group(1).replace("&apos;", "'"));
        assertTrue(webXml.matches("(?s).*<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>.*"), "PrimeFaces' CSP mode is on");
        String scripts = SecurityHeaders.CSP.substring(SecurityHeaders.CSP.lastIndexOf(';') + 1).trim();
        assertEquals("script-src 'self'", scripts, "script-src comes last: PrimeFaces appends the nonce to the last directive");
        assertFalse(SecurityHeaders.CSP.contains("unsafe-eval"));
    }

    @Test
    void only_static_files_may_be_stored() {
        for (String path : new String[] {"/jakarta.faces.resource/theme.css.xhtml", "/resources/ledernett/app.css", "/resources/designsystemet/fonts/inter.woff2"}) {
            assertTrue(SecurityHeaders.isStatic(path), path);
        }
        for (String path : new String[] {"/login.xhtml", "/admin/index.xhtml", "/api/me", "/api", "/", "/portal/index.xhtml", "/api/hours/csv",
                "/api/calendar/abc.ics", "/admin.css/index.xhtml"}) {
            assertFalse(SecurityHeaders.isStatic(path), path);
        }
    }
}
