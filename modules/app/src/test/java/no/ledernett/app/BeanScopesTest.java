package no.ledernett.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import no.ledernett.platform.Viewer;

/** Rules about how long a bean lives, which the compiler cannot check. */
@AnalyzeClasses(packages = "no.ledernett", importOptions = ImportOption.DoNotIncludeTests.class)
class BeanScopesTest {

    @ArchTest
    static void api_resources_are_made_once(JavaClasses classes) {
        classes().that().areAnnotatedWith(Path.class).should().beAnnotatedWith(ApplicationScoped.class)
                .because("without a scope Jersey makes a resource, with its injections and interceptors, for every request"
                        + " (11 % of a REST read's time); resources keep no state of their own")
                .check(classes);
    }

    @ArchTest
    static void beans_made_once_ask_for_the_viewer_on_each_call(JavaClasses classes) {
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .should().haveRawType(Viewer.class)
                .because("the viewer is made for the request that asks; a field of a bean made once would keep the first"
                        + " request's user for every later one (use Provider<Viewer> and get())")
                .check(classes);
    }
}
