package no.ledernett.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The module map of DESIGN.md, enforced. Maven already refuses a dependency on a module that is
 * not declared; this test guards what Maven cannot see: no cycles, and no module reaching into
 * another module's web layer or internals.
 */
@AnalyzeClasses(packages = "no.ledernett", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    /** Which modules each module may use. Add a module here when it arrives. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("mail", Set.of("platform")),
            Map.entry("municipalities", Set.of("platform")),
            Map.entry("matching", Set.of("platform")),
            Map.entry("groups", Set.of("platform", "municipalities", "matching")),
            Map.entry("sessions", Set.of("platform", "mail", "municipalities", "matching", "groups")),
            Map.entry("accounts", Set.of("platform", "mail", "municipalities", "matching", "groups")),
            Map.entry("portal", Set.of("platform", "municipalities", "matching", "groups", "sessions", "invoicing")),
            Map.entry("invoicing", Set.of("platform", "municipalities", "sessions")),
            Map.entry("reports", Set.of("platform", "municipalities", "matching", "sessions", "portal")),
            // Hears the events of the modules below it (hours, requests, assignments, mail) and tells people through accounts and mail.
            Map.entry("notifications", Set.of("platform", "mail", "municipalities", "matching", "groups", "sessions", "accounts", "portal", "invoicing")),
            Map.entry("app", Set.of("platform", "mail", "municipalities", "matching", "groups", "sessions", "accounts", "portal", "invoicing", "reports",
                    "notifications")));

    @ArchTest
    static void every_module_uses_only_the_modules_it_is_allowed_to(JavaClasses classes) {
        for (var module : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module.getKey()) && !module.getValue().contains(other))
                    .map(other -> "no.ledernett." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage("no.ledernett." + module.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because("DESIGN.md: " + module.getKey() + " may use only " + module.getValue())
                        .check(classes);
            }
        }
    }

    @ArchTest
    static void modules_have_no_cycles(JavaClasses classes) {
        slices().matching("no.ledernett.(*)..").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    static void no_module_reaches_into_another_modules_web_layer_or_internals(JavaClasses classes) {
        for (String module : ALLOWED.keySet()) {
            // The shared kernel's web package (problem documents) is meant for every module's resources.
            String[] others = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(module) && !other.equals("platform"))
                    .flatMap(other -> Stream.of("no.ledernett." + other + ".web..", "no.ledernett." + other + ".internal.."))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("no.ledernett." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @ArchTest
    static void every_module_on_the_classpath_is_in_the_map(JavaClasses classes) {
        Set<String> found = classes.stream()
                .map(c -> c.getPackageName().split("\\."))
                .filter(parts -> parts.length >= 3)
                .map(parts -> parts[2])
                .collect(Collectors.toSet());
        if (!ALLOWED.keySet().containsAll(found)) {
            throw new AssertionError("Modules missing from the map: " + found.stream().filter(m -> !ALLOWED.containsKey(m)).toList());
        }
    }
}
