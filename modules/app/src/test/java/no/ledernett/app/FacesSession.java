package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * A signed-in browser without a browser: a cookie jar, the sign-in form, and Faces forms read from
 * a page and posted back as a browser would (hidden fields and view state included), so a test can
 * change a field or the address on the way. Also the view parameters of every page in the WAR.
 */
final class FacesSession {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern VIEW_PARAM = Pattern.compile("<\\w+:viewParam\\s+name=\"([^\"]+)\"");
    /** A Java stack trace or an exception's class name: never in an answer. */
    static final Pattern STACK_TRACE = Pattern.compile("\\.java:\\d+\\)|\\bat [\\w$.]+\\([\\w$]+\\.java|(?<!['\"])(?:jakarta|javax|java|org\\.(?:glassfish|eclipse|apache|omnifaces|primefaces|jboss)"
            + "|com\\.sun|fish\\.payara|no\\.ledernett)\\.[\\w.$]*(?:Exception|Error)\\b");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /** A form on a page: where it posts and what a browser would send without touching it. */
    record Form(String id, String action, Map<String, String> fields) {

        String viewState() {
            return fields.get("jakarta.faces.ViewState");
        }
    }

    FacesSession(URL deployment) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    }

    /** Signs in with the sign-in form; the session cookie is kept for what follows. */
    static FacesSession signedIn(URL deployment, String email) throws Exception {
        FacesSession session = new FacesSession(deployment);
        Form form = session.form(session.get("login.xhtml").body(), "signIn");
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("signIn:email", email);
        fields.put("signIn:password", Api.PASSWORD);
        fields.put("signIn:submit", "x");
        HttpResponse<String> reply = session.post(form.action(), fields);
        assertEquals(302, reply.statusCode(), () -> "sign-in as " + email + ": " + reply.body());
        assertTrue(!reply.headers().firstValue("Location").orElse("").contains("login.xhtml"), "signed in as " + email);
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
        return post(action, fields, false);
    }

    /** A form post; as AJAX ({@code Faces-Request: partial/ajax}) when asked. */
    HttpResponse<String> post(String action, Map<String, String> fields, boolean ajax) throws Exception {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    /** The form with this id on the page, as a browser would post it without a click. */
    Form form(String html, String id) {
        return forms(html).stream().filter(f -> id.equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + id + " in " + html));
    }

    List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        // PrimeFaces' script puts the page's CSP nonce into every form before it is posted; a
        // postback of a page with view-scoped beans without it is refused (PostbackRefusals).
        Matcher nonce = NONCE.matcher(html);
        String pageNonce = nonce.find() ? nonce.group(1) : null;
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (pageNonce != null) {
                fields.put("primefaces.nonce", pageNonce);
            }
            Matcher input = INPUT.matcher(m.group(2));
            while (input.find()) {
                String type = attribute(input.group(1), "type");
                String name = attribute(input.group(1), "name");
                if (name != null && (type == null || List.of("hidden", "text", "email", "number", "date", "time").contains(type))) {
                    fields.put(name, unescape(attribute(input.group(1), "value") == null ? "" : attribute(input.group(1), "value")));
                }
            }
            Matcher area = TEXTAREA.matcher(m.group(2));
            while (area.find()) {
                String name = attribute(area.group(1), "name");
                if (name != null) {
                    fields.put(name, unescape(area.group(2)));
                }
            }
            forms.add(new Form(attribute(m.group(1), "id"), unescape(attribute(m.group(1), "action")), fields));
        }
        return forms;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html == null ? null : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
    }

    private URI resolve(String path) {
        if (path.startsWith("/")) {
            return base.resolve(path);
        }
        return base.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html, */*;q=0.1").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every page in the WAR (and the module jars in it) with view parameters: page → parameter names. */
    static Map<String, List<String>> viewParameters() throws Exception {
        Map<String, List<String>> pages = new TreeMap<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("ledernett.war", "target/ledernett.war")))) {
            for (var entry : Collections.list(war.entries())) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")) {
                    add(pages, "/" + name, new String(war.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
                if (name.startsWith("WEB-INF/lib/ledernett-") && name.endsWith(".jar")) {
                    File jar = File.createTempFile("module", ".jar");
                    try (var in = war.getInputStream(entry)) {
                        java.nio.file.Files.copy(in, jar.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    try (ZipFile module = new ZipFile(jar)) {
                        for (var inner : Collections.list(module.entries())) {
                            if (inner.getName().startsWith("META-INF/resources/") && inner.getName().endsWith(".xhtml")) {
                                add(pages, inner.getName().substring("META-INF/resources".length()),
                                        new String(module.getInputStream(inner).readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                    jar.delete();
                }
            }
        }
        return pages;
    }

    private static void add(Map<String, List<String>> pages, String page, String source) {
        List<String> names = new ArrayList<>();
        Matcher m = VIEW_PARAM.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (!names.isEmpty()) {
            pages.put(page, names);
        }
    }
}
