package no.ledernett.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import no.ledernett.platform.NorwegianTime;

/**
 * Meetings, sessions and deadlines are local times in Norway and the servers run in UTC, so
 * "today" and "now" come from {@link NorwegianTime}, never from the server's own zone: before,
 * the intake window, the mail jobs and the leader's portal compared Oslo times with UTC.
 */
@AnalyzeClasses(packages = "no.ledernett", importOptions = ImportOption.DoNotIncludeTests.class)
class NorwegianTimeTest {

    @ArchTest
    static void today_and_now_are_norwegian(JavaClasses classes) {
        noClasses().that().doNotHaveFullyQualifiedName(NorwegianTime.class.getName())
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .because("the server's zone is UTC; ask NorwegianTime.today() or NorwegianTime.now()")
                .check(classes);
    }
}
