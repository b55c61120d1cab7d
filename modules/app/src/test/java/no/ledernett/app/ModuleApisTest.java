package no.ledernett.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import no.ledernett.portal.PlantedEntityUse;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a module's entities are its own. Another module works with them through the owning
 * module's services and read records (by id), never by importing the entity, so a module can change
 * its tables without breaking its neighbours.
 *
 * <p>When this rule arrived (December 2026) 286 such uses were frozen and the list shrank to none the
 * same day; the rule now holds without exceptions. {@link JpqlBoundariesTest} is the same rule
 * for query strings, which ArchUnit cannot see.
 */
@AnalyzeClasses(packages = "no.ledernett", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleApisTest {

    @ArchTest
    static final ArchRule no_module_uses_another_modules_entities = classes().should(useNoEntityOfAnotherModule());

    static ArchCondition<JavaClass> useNoEntityOfAnotherModule() {
        return new ArchCondition<>("use no entity of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String module = moduleOf(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (target.isAnnotatedWith(Entity.class) && !moduleOf(target).equals(module)) {
                        events.add(SimpleConditionEvent.violated(d, module + " uses " + moduleOf(target) + "'s entity "
                                + target.getSimpleName() + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    static String moduleOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length >= 3 ? parts[2] : "";
    }

    /** The rule itself, unfrozen, on a class planted in the test sources: it must see the use. */
    @Test
    void the_rule_reports_a_planted_use_of_another_modules_entity() {
        var planted = new ClassFileImporter().importClasses(PlantedEntityUse.class, no.ledernett.municipalities.Leader.class);
        var result = classes().should(useNoEntityOfAnotherModule()).evaluate(planted);
        assertTrue(result.hasViolation(), "a portal class holding a Leader is a violation");
        assertEquals(1, result.getFailureReport().getDetails().stream().filter(l -> l.contains("portal uses municipalities's entity Leader")).count(),
                result.getFailureReport().toString());
    }

    @Test
    void the_rule_lets_a_module_use_its_own_entities() {
        var own = new ClassFileImporter().importClasses(no.ledernett.municipalities.Leader.class, no.ledernett.municipalities.Municipality.class);
        assertFalse(classes().should(useNoEntityOfAnotherModule()).evaluate(own).hasViolation());
    }
}
