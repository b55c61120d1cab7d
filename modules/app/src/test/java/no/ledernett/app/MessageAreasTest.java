package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * "Lagret." once per save, where the user is looking (issue 20, item 19). A page's message areas without
 * {@code for} (p:messages, h:messages, p:growl) all show a global message, whether or not they are
 * {@code globalOnly}. The rule for every page:
 * <ul>
 * <li>An action updates at most one such area, the one beside where the user clicked: updating the form's
 * own area and the page's {@code :messages} as well says the same thing twice (or, with the rule below, at
 * the top of the page, away from the click). {@code update="@all"} renders the page afresh, as a full render
 * does: the next rule covers it.</li>
 * <li>Every area after the page's first says {@code redisplay="false"}: a full render (a redirect with a
 * flash message, a non-Ajax submit) renders them all, and the first one in the page, the top, has then
 * already shown the message. PrimeFaces marks a shown message as rendered and skips it in a later area.</li>
 * <li>Every area after the page's first says {@code globalOnly="true"}: a field's message stands beside its
 * field (p:message); an area that is not global-only shows every field message of the page again, even one
 * of another form (the meeting room's "Kan ikke markeres som avholdt" also in the challenges' area).</li>
 * </ul>
 */
class MessageAreasTest {

    private static final Set<String> FACES_HTML = Set.of("jakarta.faces.html", "http://xmlns.jcp.org/jsf/html", "http://java.sun.com/jsf/html");

    @Test
    void aGlobalMessageShowsOnceWhereTheUserIsLooking() throws Exception {
        List<String> wrong = new ArrayList<>();
        int areas = 0;
        for (Path page : ViewParametersTest.pages()) {
            List<String> problems = problems(page);
            areas += areasOf(parse(page).getDocumentElement()).size();
            problems.forEach(p -> wrong.add(page.getFileName() + " (" + page.getParent().getFileName() + "): " + p));
        }
        assertTrue(areas > 20, "message areas found: " + areas);
        assertEquals(List.of(), wrong);
    }

    /** The check can fail: the coaching course page before issue 20's fix said "Lagret." twice. */
    @Test
    void findsTheOldCoursePagesTwoAreasForOneSave() throws Exception {
        List<String> problems = problems(Path.of(getClass().getResource("/message-areas/course-before.xhtml").toURI()));
        assertTrue(problems.stream().anyMatch(p -> p.contains("addSession") && p.contains("2 message areas")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("redisplay")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("globalOnly")), problems.toString());
    }

    static List<String> problems(Path page) throws Exception {
        Element root = parse(page).getDocumentElement();
        List<Element> areas = areasOf(root);
        List<String> problems = new ArrayList<>();
        for (Element area : areas.subList(Math.min(1, areas.size()), areas.size())) {
            if (!"false".equals(area.getAttribute("redisplay"))) {
                problems.add("<" + area.getTagName() + describe(area) + "> is not the page's first message area, so it needs redisplay=\"false\"");
            }
            if (!"true".equals(area.getAttribute("globalOnly"))) {
                problems.add("<" + area.getTagName() + describe(area) + "> is not the page's first message area, so it needs globalOnly=\"true\"");
            }
        }
        for (Element action : elements(root)) {
            if (!action.hasAttribute("update") || "false".equals(action.getAttribute("ajax"))) {
                continue;
            }
            Set<Element> updated = new LinkedHashSet<>();
            for (String target : action.getAttribute("update").trim().split("[\\s,]+")) {
                updated.addAll(areasIn(target, action, root));
            }
            updated.retainAll(areas);
            if (updated.size() > 1 && !action.getAttribute("update").contains("@all")) {
                problems.add("<" + action.getTagName() + describe(action) + " update=\"" + action.getAttribute("update") + "\"> updates "
                        + updated.size() + " message areas; update only the one where the user clicked");
            }
        }
        return problems;
    }

    /** Message areas a global message shows in, in document order. */
    private static List<Element> areasOf(Element root) {
        return elements(root).stream().filter(MessageAreasTest::isArea).toList();
    }

    private static boolean isArea(Element e) {
        if (e.getAttribute("for").isBlank()) {
            return ("primefaces".equals(e.getNamespaceURI()) && ("messages".equals(e.getLocalName()) || "growl".equals(e.getLocalName())))
                    || (FACES_HTML.contains(e.getNamespaceURI()) && "messages".equals(e.getLocalName()));
        }
        return false;
    }

    /** The elements a PrimeFaces update target names, as far as the source tells (EL and jQuery selectors are skipped). */
    private static List<Element> areasIn(String target, Element action, Element root) {
        if (target.isEmpty() || target.contains("#{") || target.startsWith("@(")) {
            return List.of();
        }
        if (target.equals("@all")) {
            return elements(root);
        }
        if (target.equals("@form")) {
            Element form = form(action);
            return form == null ? List.of() : elements(form);
        }
        if (target.startsWith("@")) {
            return List.of();
        }
        String[] path = (target.startsWith(":") ? target.substring(1) : target).split(":");
        String id = path[path.length - 1];
        Element scope = root;
        if (!target.startsWith(":") && path.length == 1 && form(action) != null && !byId(form(action), id).isEmpty()) {
            scope = form(action);
        }
        List<Element> found = new ArrayList<>();
        for (Element e : byId(scope, id)) {
            if (path.length == 1 || path[0].equals(form(e) == null ? null : form(e).getAttribute("id"))) {
                found.addAll(elements(e));
            }
        }
        return found;
    }

    private static List<Element> byId(Element scope, String id) {
        return elements(scope).stream().filter(e -> id.equals(e.getAttribute("id"))).toList();
    }

    private static Element form(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element parent; n = parent.getParentNode()) {
            if (FACES_HTML.contains(parent.getNamespaceURI()) && "form".equals(parent.getLocalName())) {
                return parent;
            }
        }
        return null;
    }

    /** The element and all below it, in document order. */
    private static List<Element> elements(Element top) {
        List<Element> all = new ArrayList<>();
        all.add(top);
        NodeList below = top.getElementsByTagName("*");
        for (int i = 0; i < below.getLength(); i++) {
            all.add((Element) below.item(i));
        }
        return all;
    }

    private static String describe(Element e) {
        return e.hasAttribute("id") ? " id=\"" + e.getAttribute("id") + "\"" : form(e) == null ? "" : " in form " + form(e).getAttribute("id");
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }
}
