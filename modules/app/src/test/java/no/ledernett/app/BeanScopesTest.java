package no.ledernett.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import no.ledernett.platform.Viewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules about how long a bean lives, which the compiler cannot check. */
class BeanScopesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.ledernett");
    }

    @Test
    void api_resources_are_made_once() {
        classes().that().areAnnotatedWith(Path.class).should().beAnnotatedWith(ApplicationScoped.class)
                .because("without a scope Jersey makes a resource, with its injections and interceptors, for every request"
                        + " (11 % of a REST read's time); resources keep no state of their own")
                .check(classes);
    }

    @Test
    void beans_made_once_ask_for_the_viewer_on_each_call() {
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .should().haveRawType(Viewer.class)
                .because("the viewer is made for the request that asks; a field of a bean made once would keep the first"
                        + " request's user for every later one (use Provider<Viewer> and get())")
                .check(classes);
    }
}
