package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Access to the REST API is said with our own annotations (Allowed, Public) and checked by ApiAccess,
 * never with Jakarta's @PermitAll, @RolesAllowed or @DenyAll: Payara binds its own JAX-RS filter to
 * those, which asks the sign-in mechanism to authenticate an anonymous caller (a calendar program was
 * sent to the sign-in page instead of its feed) and forgets roles across cluster members.
 */
class ApiAnnotationsTest {

    private static final Pattern CONTAINER_SECURITY = Pattern.compile("^\\s*@(jakarta\\.annotation\\.security\\.)?(PermitAll|RolesAllowed|DenyAll)\\b");

    @Test
    void noSourceUsesTheContainersSecurityAnnotations() throws IOException {
        Path found = ViewParametersTest.pages().get(0);
        while (!found.getFileName().toString().equals("modules")) {
            found = found.getParent();
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(found)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (CONTAINER_SECURITY.matcher(lines.get(i)).find()) {
                        wrong.add(source.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "use no.ledernett.platform.web.Allowed or Public");
    }
}
