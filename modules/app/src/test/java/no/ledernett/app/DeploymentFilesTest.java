package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The container and Kubernetes files in deploy/ are read as operations will use them: the
 * Deployment's probes point at the health endpoints Payara Micro serves, on the port the
 * container listens on and the Service targets; settings come from the environment, secrets
 * from a Secret, never from the file; the Containerfile uses the same Payara Micro as the build.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of(System.getProperty("user.dir")).resolve("../../deploy").normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(DEPLOY.resolve(file)));
        assertTrue(document instanceof Map, file + " is one YAML mapping");
        return (Map<String, Object>) document;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            assertTrue(current instanceof Map, "no mapping at " + step + " in " + String.join(".", path));
            current = ((Map<String, Object>) current).get(step);
            assertNotNull(current, "missing " + step + " in " + String.join(".", path));
        }
        return (T) current;
    }

    private static Map<String, Object> container() throws IOException {
        List<Map<String, Object>> containers = at(yaml("kubernetes/deployment.yaml"), "spec", "template", "spec", "containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    @Test
    void deployment_has_the_three_probes_on_payara_micros_health_endpoints() throws IOException {
        Map<String, Object> deployment = yaml("kubernetes/deployment.yaml");
        assertEquals("Deployment", deployment.get("kind"));
        Map<String, Object> container = container();
        List<Map<String, Object>> ports = at(container, "ports");
        String portName = (String) ports.get(0).get("name");
        for (String[] probe : new String[][] {{"startupProbe", "/health/started"}, {"livenessProbe", "/health/live"}, {"readinessProbe", "/health/ready"}}) {
            assertEquals(probe[1], at(container, probe[0], "httpGet", "path"), probe[0]);
            assertEquals(portName, at(container, probe[0], "httpGet", "port"), probe[0] + " uses the named container port");
        }
        int startupBudget = (Integer) at(container, "startupProbe", "periodSeconds") * (Integer) at(container, "startupProbe", "failureThreshold");
        assertTrue(startupBudget >= 120, "startup probe allows at least 2 minutes (migrations on a slow start), not " + startupBudget + " s");
    }

    @Test
    void container_port_service_and_environment_agree() throws IOException {
        Map<String, Object> container = container();
        List<Map<String, Object>> ports = at(container, "ports");
        Object containerPort = ports.get(0).get("containerPort");
        List<Map<String, Object>> env = at(container, "env");
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        env.forEach(e -> byName.put((String) e.get("name"), e));
        assertEquals(String.valueOf(containerPort), byName.get("LEDERNETT_PORT").get("value"), "LEDERNETT_PORT is the container port");

        Map<String, Object> service = yaml("kubernetes/service.yaml");
        assertEquals("Service", service.get("kind"));
        List<Map<String, Object>> servicePorts = at(service, "spec", "ports");
        assertEquals(ports.get(0).get("name"), servicePorts.get(0).get("targetPort"));
        Map<String, Object> selector = at(service, "spec", "selector");
        Map<String, Object> podLabels = at(yaml("kubernetes/deployment.yaml"), "spec", "template", "metadata", "labels");
        selector.forEach((k, v) -> assertEquals(v, podLabels.get(k), "Service selects the Deployment's pods by " + k));

        for (String required : Set.of("LEDERNETT_DB_URL", "LEDERNETT_DB_DATASOURCE", "LEDERNETT_DB_USER", "LEDERNETT_DB_PASSWORD", "LEDERNETT_DATA_DIR", "LEDERNETT_LOG_FORMAT")) {
            assertTrue(byName.containsKey(required), "env sets " + required);
        }
        for (var e : byName.entrySet()) {
            if (e.getKey().endsWith("PASSWORD")) {
                assertFalse(e.getValue().containsKey("value"), e.getKey() + " must come from a Secret, not a value in the file");
                assertNotNull(at(e.getValue(), "valueFrom", "secretKeyRef", "name"));
            }
        }
    }

    @Test
    void containerfile_uses_the_build_s_payara_micro_and_the_run_script() throws IOException {
        String containerfile = Files.readString(DEPLOY.resolve("Containerfile"));
        String pom = Files.readString(DEPLOY.resolve("../pom.xml"));
        Matcher version = Pattern.compile("<payara.version>([^<]+)</payara.version>").matcher(pom);
        assertTrue(version.find());
        assertTrue(containerfile.contains("FROM payara/micro:" + version.group(1) + "-jdk17"), "base image is Payara Micro " + version.group(1));
        assertTrue(containerfile.contains("run-production.sh"));
        Matcher expose = Pattern.compile("EXPOSE (\\d+)").matcher(containerfile);
        assertTrue(expose.find());
        List<Map<String, Object>> ports = at(container(), "ports");
        assertEquals(Integer.parseInt(expose.group(1)), ports.get(0).get("containerPort"));
        List<String> missing = new ArrayList<>();
        for (String script : List.of("run-production.sh", "test/database-outage.sh")) {
            if (!Files.isExecutable(DEPLOY.resolve(script))) {
                missing.add(script);
            }
        }
        assertTrue(missing.isEmpty(), "not executable: " + missing);
    }
}
