package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language picker sends the browser back only to a path on this site. */
class LanguageServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/index.xhtml", "/portal/group.xhtml?id=12", "/admin/users/index.xhtml?q=%C3%A5se", "/", "/login.xhtml?next=%2Fadmin%2F"})
    void a_path_on_this_site_is_kept(String back) {
        assertEquals(back, LanguageServlet.local(back));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\t/evil.example", "/%09/evil.example", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "/%2fevil.example", "/%2Fevil.example",
            "/%5cevil.example", "/%5Cevil.example", "/%252f%252fevil.example", "/ /evil.example", "/\n/evil.example", "/\r\nSet-Cookie:x=1",
            "/\u00a0/evil.example", "/\u2028/evil.example", "/%00/evil.example", "/%20/evil.example", "/a/..//evil.example", "/./\t/evil.example",
            "//evil.example@ledernett.no", "", " /admin"})
    void anything_else_goes_to_the_start(String back) {
        assertEquals("/", LanguageServlet.local(back));
    }

    @org.junit.jupiter.api.Test
    void nothing_goes_to_the_start() {
        assertEquals("/", LanguageServlet.local(null));
    }
}
