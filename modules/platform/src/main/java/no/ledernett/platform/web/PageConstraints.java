package no.ledernett.platform.web;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Who may open which path, read from the very descriptors the container enforces: the
 * application's web.xml and each module's {@code META-INF/web-fragment.xml}. A module declares
 * its own pages there; the application's web.xml holds deny by default ({@code /*} for staff).
 * The filter behind the container and the sign-in redirect ask this class, so they can never
 * disagree with the container on a page a module adds. Matching follows the servlet
 * specification: an exact pattern (the empty pattern is the context root), then the longest path
 * prefix, then an extension.
 */
public final class PageConstraints {

    /** Pattern to the role names it admits; an empty optional for a pattern open to everyone. */
    private final Map<String, Optional<Set<String>>> byPattern;

    private PageConstraints(Map<String, Optional<Set<String>>> byPattern) {
        this.byPattern = Map.copyOf(byPattern);
    }

    /**
     * Reads the descriptors in any order. A pattern may be declared once only, so no two
     * modules' constraints are merged by surprise, and a constraint limited to some HTTP methods
     * is refused: this class could not mirror it.
     */
    public static PageConstraints read(Iterable<Descriptor> descriptors) {
        Map<String, Optional<Set<String>>> byPattern = new HashMap<>();
        for (Descriptor descriptor : descriptors) {
            Document document = parse(descriptor);
            NodeList constraints = document.getElementsByTagNameNS("*", "security-constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                Element constraint = (Element) constraints.item(i);
                if (constraint.getElementsByTagNameNS("*", "http-method").getLength() > 0
                        || constraint.getElementsByTagNameNS("*", "http-method-omission").getLength() > 0) {
                    throw new IllegalStateException(descriptor.name() + ": a constraint for some HTTP methods only is not supported");
                }
                Optional<Set<String>> roles = roles(constraint);
                NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
                for (int j = 0; j < patterns.getLength(); j++) {
                    String pattern = patterns.item(j).getTextContent().trim();
                    if (byPattern.putIfAbsent(pattern, roles) != null) {
                        throw new IllegalStateException(descriptor.name() + ": the pattern '" + pattern + "' is declared twice");
                    }
                }
            }
        }
        return new PageConstraints(byPattern);
    }

    private static Optional<Set<String>> roles(Element constraint) {
        NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
        if (auth.getLength() == 0) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        NodeList names = ((Element) auth.item(0)).getElementsByTagNameNS("*", "role-name");
        for (int i = 0; i < names.getLength(); i++) {
            roles.add(names.item(i).getTextContent().trim());
        }
        return Optional.of(Collections.unmodifiableSet(roles));
    }

    private static Document parse(Descriptor descriptor) {
        try (InputStream in = descriptor.open()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the security constraints in " + descriptor.name(), e);
        }
    }

    /** True when no sign-in is needed for the path. */
    public boolean isPublic(String path) {
        return rolesFor(path).isEmpty();
    }

    /** True when a user with this role name may open the path (anyone may open a public one). */
    public boolean admits(String roleName, String path) {
        return rolesFor(path).map(roles -> roles.contains(roleName)).orElse(true);
    }

    /**
     * The roles the best matching pattern admits, empty when the path is public. A path that no
     * pattern covers is refused to everyone, which cannot happen while web.xml holds {@code /*}.
     */
    public Optional<Set<String>> rolesFor(String path) {
        String pattern = bestMatch(path.equals("/") ? "" : path);
        return pattern == null ? Optional.of(Set.of()) : byPattern.get(pattern);
    }

    String bestMatch(String path) {
        if (byPattern.containsKey(path)) {
            return path;
        }
        String best = null;
        for (String pattern : byPattern.keySet()) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                boolean under = prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
                if (under && (best == null || pattern.length() > best.length())) {
                    best = pattern;
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (String pattern : byPattern.keySet()) {
            if (pattern.startsWith("*.") && path.endsWith(pattern.substring(1))) {
                return pattern;
            }
        }
        return byPattern.containsKey("/") ? "/" : null;
    }

    /**
     * The constraints of a deployed application: its web.xml and the web-fragment.xml of every
     * library in WEB-INF/lib, as the container reads them. Fails when one cannot be read or cannot
     * be mirrored, so a broken descriptor closes every page (500) rather than open one.
     */
    public static PageConstraints of(ServletContext context) {
        List<Descriptor> descriptors = new ArrayList<>();
        try (InputStream webXml = context.getResourceAsStream("/WEB-INF/web.xml")) {
            if (webXml == null) {
                throw new IllegalStateException("the application has no WEB-INF/web.xml");
            }
            descriptors.add(new Descriptor("WEB-INF/web.xml", webXml.readAllBytes()));
            Set<String> libraries = context.getResourcePaths("/WEB-INF/lib/");
            for (String jar : libraries == null ? Set.<String>of() : new TreeSet<>(libraries)) {
                if (jar.endsWith(".jar")) {
                    fragment(context, jar).ifPresent(descriptors::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the application's descriptors", e);
        }
        return read(descriptors);
    }

    private static Optional<Descriptor> fragment(ServletContext context, String jar) throws IOException {
        URL url = context.getResource(jar);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = new URL("jar:" + url + "!/META-INF/web-fragment.xml").openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return Optional.of(new Descriptor(jar + "!/META-INF/web-fragment.xml", in.readAllBytes()));
        } catch (FileNotFoundException noFragment) {
            return Optional.empty();
        }
    }

    /** A deployment descriptor: its name (for errors) and its bytes. */
    public record Descriptor(String name, byte[] content) {

        InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }
}
