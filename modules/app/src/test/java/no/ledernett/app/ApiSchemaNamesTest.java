package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Payara's OpenAPI names a schema by the class's simple name, so two records called {@code Summary}
 * in the API make one of them described as the other, and every answer of the first fails the
 * document (Api holds each test's answers against it). This finds such a pair before a container
 * starts: every type the resources take or answer with, and the records and enums inside them.
 */
class ApiSchemaNamesTest {

    @Test
    void no_two_types_in_the_api_share_a_simple_name() {
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.ledernett")) {
            if (!resource.isAnnotatedWith(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : resource.reflect().getDeclaredMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                collect(method.getGenericReturnType(), seen);
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getAnnotations().length == 0) { // the body
                        collect(parameter.getParameterizedType(), seen);
                    }
                }
            }
        }
        assertTrue(seen.size() > 50, "types found in the API: " + seen.size());
        Map<String, Set<Class<?>>> byName = seen.stream().collect(Collectors.groupingBy(Class::getSimpleName, TreeMap::new, Collectors.toSet()));
        // Records of the same shape are one schema under either name; ApiDocument describes the three months of the figures itself.
        byName.values().removeIf(types -> types.size() < 2 || types.stream().map(ApiSchemaNamesTest::shape).distinct().count() == 1);
        byName.keySet().removeAll(HANDLED_BY_API_DOCUMENT);
        Map<String, Set<String>> clashes = new TreeMap<>();
        byName.forEach((name, types) -> clashes.put(name, types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new))));
        assertEquals(Map.of(), clashes, "rename one of each: the OpenAPI document can describe only one of them");
    }

    private static final Set<String> HANDLED_BY_API_DOCUMENT = Set.of("Month");

    /** A record's component names and types; any other class stands for itself. */
    private static String shape(Class<?> type) {
        return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ":" + c.getGenericType().getTypeName())
                .collect(Collectors.joining(",")) : type.getName();
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            List.of(wildcard.getUpperBounds()).forEach(t -> collect(t, seen));
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), seen);
            } else if (c.getName().startsWith("no.ledernett.") && seen.add(c) && c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    collect(component.getGenericType(), seen);
                }
            }
        }
    }
}
