package no.ledernett.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the WAR by HTTP method and path template ("GET /api/contacts/{id}"), so
 * the OpenAPI filter can read each operation's own annotations. Found by reading the class files
 * under {@code no/ledernett} (the WAR's classes and its module jars): Payara builds the document
 * from the same classes, with no hook that names the Java method of an operation.
 */
final class ResourceMethods {

    record Found(Method method, String operationId) {
    }

    private final Map<String, Found> byKey;

    private ResourceMethods(Map<String, Found> byKey) {
        this.byKey = byKey;
    }

    Found find(String httpMethod, String path) {
        return byKey.get(httpMethod + " " + normalise(path));
    }

    int size() {
        return byKey.size();
    }

    static ResourceMethods scan(ClassLoader loader) {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Found> found = new HashMap<>();
        for (String name : classNames(loader)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            String resource = type.getSimpleName().replaceFirst("Resource$", "");
            String prefix = Character.toLowerCase(resource.charAt(0)) + resource.substring(1) + "_";
            for (Method method : type.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = root + "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value());
                found.put(http + " " + normalise(path), new Found(method, prefix + method.getName()));
            }
        }
        return new ResourceMethods(found);
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Single slashes, no trailing one, and templates without their regular expressions: {id: \d+} is {id}. */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static List<String> classNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("no/ledernett/"))) {
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName()).filter(ResourceMethods::isCandidate)
                                .forEach(n -> names.add(n.replace('/', '.').replace(".class", "")));
                    }
                } else if ("file".equals(url.getProtocol())) {
                    java.nio.file.Path dir = Paths.get(url.toURI());
                    java.nio.file.Path classes = dir.getParent().getParent();
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(f -> classes.relativize(f).toString().replace('\\', '/')).filter(ResourceMethods::isCandidate)
                                .forEach(n -> names.add(n.replace('/', '.').replace(".class", "")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static boolean isCandidate(String entry) {
        return entry.startsWith("no/ledernett/") && entry.endsWith("Resource.class") && !entry.contains("$");
    }
}
