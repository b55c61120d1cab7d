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
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import no.ledernett.accounts.PageAccess;
import no.ledernett.platform.web.PageConstraints;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The container's constraints (web.xml and the modules' web-fragment.xml) and AccessFilter's
 * {@link PageAccess}, which reads the same descriptors with its own matching, say the same about
 * every page in the sources, for every role. Each module declares access to its own pages only,
 * and every fragment keeps the application distributable. Matching follows the servlet specification's best match:
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

    /** The descriptors the container reads: the application's web.xml and each module's web-fragment.xml. */
    static Map<String, Path> descriptors() throws Exception {
        Map<String, Path> byModule = new TreeMap<>();
        byModule.put("app", MODULES.resolve("app/src/main/webapp/WEB-INF/web.xml"));
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.toList()) {
                Path fragment = module.resolve("src/main/resources/META-INF/web-fragment.xml");
                if (Files.exists(fragment)) {
                    byModule.put(module.getFileName().toString(), fragment);
                }
            }
        }
        return byModule;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Pattern to the roles it admits (null for a pattern open to everyone), from one descriptor. */
    private static Map<String, Set<String>> constraints(Path descriptor) throws Exception {
        Map<String, Set<String>> byPattern = new HashMap<>();
        NodeList list = parse(descriptor).getElementsByTagName("security-constraint");
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

    /** All descriptors' constraints together, as the container merges them. */
    private static Map<String, Set<String>> constraints() throws Exception {
        Map<String, Set<String>> all = new HashMap<>();
        for (Path descriptor : descriptors().values()) {
            for (Map.Entry<String, Set<String>> entry : constraints(descriptor).entrySet()) {
                assertTrue(!all.containsKey(entry.getKey()), "a pattern is declared in one descriptor only: " + entry.getKey());
                all.put(entry.getKey(), entry.getValue());
            }
        }
        return all;
    }

    private static PageAccess pageAccess() throws Exception {
        List<PageConstraints.Descriptor> read = new ArrayList<>();
        for (Path descriptor : descriptors().values()) {
            read.add(new PageConstraints.Descriptor(descriptor.toString(), Files.readAllBytes(descriptor)));
        }
        return PageAccess.of(PageConstraints.read(read));
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
        return pagesByModule().values().stream().flatMap(List::stream).toList();
    }

    /** Each module's pages, by the module folder's name. */
    static Map<String, List<String>> pagesByModule() throws Exception {
        Map<String, List<String>> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("/target/")).toList()) {
                String name = MODULES.relativize(file).toString().replace('\\', '/');
                int resources = name.indexOf("/META-INF/resources/");
                int webapp = name.indexOf("/src/main/webapp/");
                List<String> ofModule = pages.computeIfAbsent(name.substring(0, name.indexOf('/')), m -> new ArrayList<>());
                if (resources >= 0) {
                    ofModule.add(name.substring(resources + "/META-INF/resources".length()));
                } else if (webapp >= 0 && !name.contains("/WEB-INF/")) {
                    ofModule.add(name.substring(webapp + "/src/main/webapp".length()));
                }
            }
        }
        return pages;
    }

    @Test
    void web_xml_and_page_access_agree_on_every_page_for_every_role() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        PageAccess pageAccess = pageAccess();
        List<String> pages = pagesInSources();
        assertTrue(pages.size() > 25, "pages found: " + pages);
        List<String> paths = new ArrayList<>(pages);
        paths.addAll(List.of("/", "/admin", "/portal", "/admin/", "/portal/", "/api/groups", "/language", "/jakarta.faces.resource/x.css.xhtml", "/health/ready", "/metrics",
                "/openapi", "/api-docs/index.html", "/resources/ledernett/admin.css", "/something/new.xhtml", "/WEB-INF/web.xml"));
        List<String> disagree = new ArrayList<>();
        for (String path : paths) {
            String pattern = bestMatch(constraints.keySet(), path.equals("/") ? "" : path);
            assertTrue(pattern != null, "a constraint covers every path (deny by default): " + path);
            Set<String> roles = constraints.get(pattern);
            for (Viewer.Role role : Viewer.Role.values()) {
                Viewer viewer = VIEWERS.get(role);
                boolean container = roles == null || roles.contains(viewer.roleName());
                boolean filter = pageAccess.allowed(viewer, path.equals("/") ? "" : path);
                if (container != filter) {
                    disagree.add(path + " as " + role + ": descriptors " + container + ", PageAccess " + filter);
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

    /**
     * What a module's fragment opens to others than staff lies in that module: an exact pattern
     * names one of its pages (or a servlet path, which has no page), a prefix covers some of its
     * pages. Returns what breaks that rule.
     */
    static List<String> declaredOutsideTheirModule(Map<String, Set<String>> patternsByModule, Map<String, List<String>> pagesByModule) {
        List<String> wrong = new ArrayList<>();
        patternsByModule.forEach((module, patterns) -> {
            if (module.equals("app")) {
                return;
            }
            List<String> own = pagesByModule.getOrDefault(module, List.of());
            Set<String> others = new java.util.HashSet<>();
            pagesByModule.forEach((m, pages) -> {
                if (!m.equals(module)) {
                    others.addAll(pages);
                }
            });
            for (String pattern : patterns) {
                boolean ok;
                if (pattern.endsWith("/*")) {
                    String prefix = pattern.substring(0, pattern.length() - 2) + "/";
                    ok = own.stream().anyMatch(page -> page.startsWith(prefix));
                } else if (pattern.endsWith(".xhtml")) {
                    ok = own.contains(pattern);
                } else {
                    ok = !others.contains(pattern) && !pattern.isEmpty() && !pattern.startsWith("*.");
                }
                if (!ok) {
                    wrong.add(module + ": " + pattern);
                }
            }
        });
        return wrong;
    }

    private static Map<String, Set<String>> patternsByModule() throws Exception {
        Map<String, Set<String>> byModule = new TreeMap<>();
        for (Map.Entry<String, Path> descriptor : descriptors().entrySet()) {
            byModule.put(descriptor.getKey(), constraints(descriptor.getValue()).keySet());
        }
        return byModule;
    }

    @Test
    void each_module_declares_access_to_its_own_pages_only() throws Exception {
        Map<String, Set<String>> patterns = patternsByModule();
        assertTrue(patterns.keySet().containsAll(Set.of("accounts", "sessions", "portal")), "fragments found: " + patterns.keySet());
        assertEquals(List.of(), declaredOutsideTheirModule(patterns, pagesByModule()));
    }

    @Test
    void a_module_opening_another_modules_page_is_caught() throws Exception {
        Map<String, Set<String>> planted = new TreeMap<>(patternsByModule());
        Set<String> sessions = new java.util.TreeSet<>(planted.get("sessions"));
        sessions.add("/portal/group.xhtml");
        sessions.add("/admin/groups/*");
        planted.put("sessions", sessions);
        assertEquals(List.of("sessions: /admin/groups/*", "sessions: /portal/group.xhtml"), declaredOutsideTheirModule(planted, pagesByModule()));
    }

    @Test
    void every_fragment_keeps_the_application_distributable() throws Exception {
        for (Path descriptor : descriptors().values()) {
            assertEquals(1, parse(descriptor).getElementsByTagName("distributable").getLength(),
                    descriptor + " must say <distributable/>, or sessions no longer live on in the cluster");
        }
    }

    /** Payara validates each descriptor at deployment and refuses the whole application for one error (a fragment's name must be a Java identifier). */
    @Test
    void every_descriptor_is_valid_against_its_schema() throws Exception {
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schemas import the xml namespace's schema from w3.org; the build does not go online for it.
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> javax.xml.XMLConstants.XML_NS_URI.equals(namespace)
                ? new XmlNamespaceSchema(publicId, systemId, baseUri) : null);
        for (Map.Entry<String, Path> descriptor : descriptors().entrySet()) {
            String schema = descriptor.getKey().equals("app") ? "web-app_6_0.xsd" : "web-fragment_6_0.xsd";
            java.net.URL xsd = getClass().getClassLoader().getResource("jakarta/servlet/resources/" + schema);
            assertTrue(xsd != null, "the servlet API's schema " + schema + " is on the test class path");
            factory.newSchema(xsd).newValidator().validate(new javax.xml.transform.stream.StreamSource(descriptor.getValue().toFile()));
        }
    }

    /** The few attributes of the xml namespace the Jakarta EE schemas use (xml:lang, xml:space, xml:base, xml:id). */
    private record XmlNamespaceSchema(String publicId, String systemId, String baseURI) implements org.w3c.dom.ls.LSInput {

        @Override
        public String getStringData() {
            return "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='http://www.w3.org/XML/1998/namespace'>"
                    + "<xs:attribute name='lang' type='xs:language'/><xs:attribute name='space' type='xs:NCName'/>"
                    + "<xs:attribute name='base' type='xs:anyURI'/><xs:attribute name='id' type='xs:ID'/></xs:schema>";
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader reader) { }
        @Override public java.io.InputStream getByteStream() { return null; }
        @Override public void setByteStream(java.io.InputStream stream) { }
        @Override public void setStringData(String data) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String uri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certified) { }
    }
}
