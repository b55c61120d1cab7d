package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ledernett.accounts.PageAccess;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The container's constraints in web.xml and AccessFilter's {@link PageAccess} say the same about
 * every page in the sources, for every role: the container decides first, the filter looks again,
 * and neither may drift from the other. Matching follows the servlet specification's best match:
 * an exact pattern, then the longest path prefix, then an extension.
 */
class PageConstraintsTest {

    private static final Path MODULES = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

    private static final Map<Viewer.Role, Viewer> VIEWERS = Map.of(
            Viewer.Role.ANONYMOUS, Viewer.anonymous(),
            Viewer.Role.STAFF, Viewer.staff(),
            Viewer.Role.ADVISER, Viewer.adviser(1),
            Viewer.Role.CONTACT, Viewer.contact("4601"),
            Viewer.Role.PARTICIPANT, Viewer.participant(1, "4601"));

    /** Pattern to the roles it admits; null for a pattern open to everyone. */
    private static Map<String, Set<String>> constraints() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document webXml = factory.newDocumentBuilder().parse(MODULES.resolve("app/src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, Set<String>> byPattern = new HashMap<>();
        NodeList list = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            NodeList auth = constraint.getElementsByTagName("auth-constraint");
            Set<String> roles = null;
            if (auth.getLength() > 0) {
                roles = new LinkedHashSet<>();
                NodeList names = ((Element) auth.item(0)).getElementsByTagName("role-name");
                for (int j = 0; j < names.getLength(); j++) {
                    roles.add(names.item(j).getTextContent().trim());
                }
            }
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                String pattern = patterns.item(j).getTextContent().trim();
                assertTrue(!byPattern.containsKey(pattern), "one constraint per pattern, so none is merged by surprise: " + pattern);
                byPattern.put(pattern, roles);
            }
        }
        return byPattern;
    }

    /** The servlet specification's best match for a path (exact, longest prefix, extension). */
    private static String bestMatch(Set<String> patterns, String path) {
        if (patterns.contains(path)) {
            return path;
        }
        String best = null;
        for (String pattern : patterns) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                if ((path.equals(prefix) || path.startsWith(prefix + "/")) && (best == null || prefix.length() > best.length() - 2)) {
                    best = pattern;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return patterns.stream().filter(p -> p.startsWith("*.") && path.endsWith(p.substring(1))).findFirst().orElse(null);
    }

    static List<String> pagesInSources() throws Exception {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("/target/")).toList()) {
                String name = MODULES.relativize(file).toString().replace('\\', '/');
                int resources = name.indexOf("/META-INF/resources/");
                int webapp = name.indexOf("/src/main/webapp/");
                if (resources >= 0) {
                    pages.add(name.substring(resources + "/META-INF/resources".length()));
                } else if (webapp >= 0 && !name.contains("/WEB-INF/")) {
                    pages.add(name.substring(webapp + "/src/main/webapp".length()));
                }
            }
        }
        return pages;
    }

    @Test
    void web_xml_and_page_access_agree_on_every_page_for_every_role() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        List<String> pages = pagesInSources();
        assertTrue(pages.size() > 25, "pages found: " + pages);
        List<String> paths = new ArrayList<>(pages);
        paths.addAll(List.of("/", "/admin", "/portal", "/admin/", "/portal/", "/api/groups", "/language", "/jakarta.faces.resource/x.css.xhtml", "/health/ready", "/metrics",
                "/openapi", "/resources/ledernett/admin.css", "/something/new.xhtml", "/WEB-INF/web.xml"));
        List<String> disagree = new ArrayList<>();
        for (String path : paths) {
            String pattern = bestMatch(constraints.keySet(), path.equals("/") ? "" : path);
            assertTrue(pattern != null, "a constraint covers every path (deny by default): " + path);
            Set<String> roles = constraints.get(pattern);
            for (Viewer.Role role : Viewer.Role.values()) {
                Viewer viewer = VIEWERS.get(role);
                boolean container = roles == null || roles.contains(viewer.roleName());
                boolean filter = PageAccess.allowed(viewer, path.equals("/") ? "" : path);
                if (container != filter) {
                    disagree.add(path + " as " + role + ": web.xml " + container + ", PageAccess " + filter);
                }
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void a_page_nobody_listed_is_for_staff_alone() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        assertEquals(Set.of("staff"), constraints.get(bestMatch(constraints.keySet(), "/reports/new-page.xhtml")));
        assertEquals(Set.of("staff"), constraints.get(bestMatch(constraints.keySet(), "/admin/reports/new-page.xhtml")));
        assertEquals(Set.of("contact"), constraints.get(bestMatch(constraints.keySet(), "/portal/new-page.xhtml")));
    }
}
