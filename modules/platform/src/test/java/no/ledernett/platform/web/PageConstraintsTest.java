package no.ledernett.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageConstraintsTest {

    private static PageConstraints.Descriptor descriptor(String name, String constraints) {
        String xml = "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">" + constraints + "</web-app>";
        return new PageConstraints.Descriptor(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String constraint(String roles, String... patterns) {
        StringBuilder xml = new StringBuilder("<security-constraint><web-resource-collection><web-resource-name>x</web-resource-name>");
        for (String pattern : patterns) {
            xml.append("<url-pattern>").append(pattern).append("</url-pattern>");
        }
        xml.append("</web-resource-collection>");
        if (roles != null) {
            xml.append("<auth-constraint>");
            for (String role : roles.isEmpty() ? new String[0] : roles.split(",")) {
                xml.append("<role-name>").append(role).append("</role-name>");
            }
            xml.append("</auth-constraint>");
        }
        return xml.append("</security-constraint>").toString();
    }

    private static final PageConstraints CONSTRAINTS = PageConstraints.read(List.of(
            descriptor("web.xml", constraint(null, "", "/index.xhtml", "/api/*") + constraint("staff", "/*", "/admin/*") + constraint("staff,adviser", "/admin/")),
            descriptor("portal", constraint("contact", "/portal/*") + constraint("contact,participant", "/portal/index.xhtml")),
            descriptor("closed", constraint("", "/closed/*"))));

    @Test
    void exact_beats_prefix_and_the_longest_prefix_wins() {
        assertEquals(Optional.of(Set.of("contact", "participant")), CONSTRAINTS.rolesFor("/portal/index.xhtml"));
        assertEquals(Optional.of(Set.of("contact")), CONSTRAINTS.rolesFor("/portal/group.xhtml"));
        assertEquals(Optional.of(Set.of("contact")), CONSTRAINTS.rolesFor("/portal"));
        assertEquals(Optional.of(Set.of("staff", "adviser")), CONSTRAINTS.rolesFor("/admin/"));
        assertEquals(Optional.of(Set.of("staff")), CONSTRAINTS.rolesFor("/admin/index.xhtml"));
        assertEquals(Optional.of(Set.of("staff")), CONSTRAINTS.rolesFor("/portalx/index.xhtml"), "a prefix matches whole segments only");
    }

    @Test
    void the_context_root_and_listed_paths_are_public_and_the_rest_is_denied_by_default() {
        assertTrue(CONSTRAINTS.isPublic(""));
        assertTrue(CONSTRAINTS.isPublic("/"));
        assertTrue(CONSTRAINTS.isPublic("/api/groups/1"));
        assertFalse(CONSTRAINTS.isPublic("/something/new.xhtml"));
        assertTrue(CONSTRAINTS.admits("staff", "/something/new.xhtml"));
        assertFalse(CONSTRAINTS.admits("contact", "/something/new.xhtml"));
        assertTrue(CONSTRAINTS.admits("contact", "/index.xhtml"));
    }

    @Test
    void an_auth_constraint_without_roles_admits_nobody() {
        assertFalse(CONSTRAINTS.isPublic("/closed/x"));
        assertFalse(CONSTRAINTS.admits("staff", "/closed/x"));
    }

    @Test
    void a_pattern_declared_twice_is_refused() {
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> PageConstraints.read(List.of(
                descriptor("web.xml", constraint("staff", "/*", "/portal/*")), descriptor("portal", constraint("contact", "/portal/*")))));
        assertTrue(twice.getMessage().contains("/portal/*"), twice.getMessage());
    }

    @Test
    void a_constraint_for_some_methods_only_is_refused() {
        String xml = "<security-constraint><web-resource-collection><web-resource-name>x</web-resource-name><url-pattern>/x</url-pattern>"
                + "<http-method>GET</http-method></web-resource-collection></security-constraint>";
        assertThrows(IllegalStateException.class, () -> PageConstraints.read(List.of(descriptor("web.xml", xml))));
    }

    @Test
    void a_broken_descriptor_stops_rather_than_opens() {
        PageConstraints.Descriptor broken = new PageConstraints.Descriptor("broken", "<web-app><security-constraint>".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> PageConstraints.read(List.of(broken)));
    }
}
