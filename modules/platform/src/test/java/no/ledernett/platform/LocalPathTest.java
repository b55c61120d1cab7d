package no.ledernett.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import no.ledernett.platform.web.LocalPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/groups/group.xhtml?id=4", "/portal/index.xhtml", "/admin/users/index.xhtml?q=%C3%A5"})
    void a_path_on_this_site_is_kept(String path) {
        assertEquals(Optional.of(path), LocalPath.safe(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "\\\\evil.example", "/\\evil.example",
        "https://evil.example/", "http:/evil.example", "evil.example", "", " /admin", "/ /evil.example", "javascript:alert(1)",
        "/\u0000/evil.example", "/\u00a0/evil.example", "/\u2028/evil.example", "/%zz", "///evil.example"})
    void anything_a_browser_could_read_as_another_host_is_refused(String path) {
        assertEquals(Optional.empty(), LocalPath.safe(path));
    }

    @org.junit.jupiter.api.Test
    void nothing_is_refused_quietly_as_null() {
        assertEquals(Optional.empty(), LocalPath.safe(null));
    }
}
