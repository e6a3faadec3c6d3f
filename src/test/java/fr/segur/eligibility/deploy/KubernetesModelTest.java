package fr.segur.eligibility.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every manifest the kustomization lists, read into the fabric8 Kubernetes object model with no unknown field
 * anywhere, then checked against the running service and application.properties. Each check returns the problems it
 * finds, so that {@link #eachCheckFailsOnABrokenCopy} can show it fails on a broken copy of the shipped files.
 */
@QuarkusTest
class KubernetesModelTest {

    private static final Path PROJECT_DIR =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path K8S_DIR = PROJECT_DIR.resolve("k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path broken;

    @Test
    void everyListedManifestIsAKnownKindWithNoUnknownField() throws IOException {
        Map<String, KubernetesResource> resources = load(K8S_DIR);
        assertFalse(resources.isEmpty(), "the kustomization lists no resource");
        assertEquals(List.of(), modelProblems(resources));
    }

    @Test
    void deploymentsMatchTheServiceAndItsConfiguration() throws IOException {
        Map<String, KubernetesResource> resources = load(K8S_DIR);
        assertFalse(deployments(resources).isEmpty(), "no Deployment in k8s/");
        assertEquals(List.of(), deploymentProblems(resources, applicationProperties()));
    }

    @Test
    void everyProbeAnswers200OnTheRunningService() throws IOException {
        List<String> paths = probePaths(load(K8S_DIR));
        assertFalse(paths.isEmpty(), "no HTTP probe");
        assertEquals(List.of(), probeProblems(paths));
    }

    @Test
    void eachCheckFailsOnABrokenCopy() throws IOException {
        Properties properties = applicationProperties();
        assertBroken("\nkind: Deployment\n", "\nkind: Deployment\nfoo: bar\n", "foo", "an unknown top-level field");
        assertBroken("          imagePullPolicy: IfNotPresent", "          imagePullPolicy: IfNotPresent\n          livenesProbe: {}",
                "livenesProbe", "a misspelt container field");
        assertBroken("              memory: 512Mi", "              memory: 512Mi\n              nvidia: 1\n            limit: {}",
                "limit", "an unknown field in resources");
        assertDeploymentBroken(properties, "containerPort: 8080", "containerPort: 8081", "containerPort [8081]");
        assertDeploymentBroken(properties, "              memory: 512Mi", "", "limits.memory");
        assertDeploymentBroken(properties, "              cpu: 250m", "", "requests.cpu");
        assertDeploymentBroken(properties, "runAsNonRoot: true", "runAsNonRoot: false", "runAsNonRoot");
        assertDeploymentBroken(properties, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "readOnlyRootFilesystem");
        assertDeploymentBroken(properties, "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "allowPrivilegeEscalation");
        assertDeploymentBroken(properties, "                - ALL", "                - NET_RAW", "drop ALL");
        assertDeploymentBroken(properties, "terminationGracePeriodSeconds: 30", "terminationGracePeriodSeconds: 25",
                "terminationGracePeriodSeconds");
        Path dir = brokenCopy("path: /q/health/ready", "path: /q/health/readyz");
        assertTrue(probeProblems(probePaths(load(dir))).stream().anyMatch(p -> p.contains("/q/health/readyz")));
        Path unknownKind = brokenCopy("kind: PodDisruptionBudget", "kind: PodDisruptionBudgett");
        assertTrue(modelProblems(load(unknownKind)).stream().anyMatch(p -> p.contains("not a kind of the Kubernetes model")));
    }

    // ------------------------------------------------------------------------------------------
    // The checks: each returns what is wrong, empty when all is well
    // ------------------------------------------------------------------------------------------

    /** Kinds the model does not know, and every field the model does not know, with its path. */
    static List<String> modelProblems(Map<String, KubernetesResource> resources) {
        List<String> problems = new ArrayList<>();
        resources.forEach((file, resource) -> {
            if (resource instanceof GenericKubernetesResource generic) {
                problems.add(file + ": " + generic.getApiVersion() + " " + generic.getKind() + " is not a kind of the Kubernetes model");
            } else {
                unknownFields(resource, file, problems);
            }
        });
        return problems;
    }

    static List<String> deploymentProblems(Map<String, KubernetesResource> resources, Properties properties) {
        int httpPort = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080").trim());
        Duration shutdown = quarkusDuration(properties.getProperty("quarkus.shutdown.timeout", "0"));
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : deployments(resources)) {
            String name = "Deployment " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Long grace = pod.getTerminationGracePeriodSeconds() == null ? 30L : pod.getTerminationGracePeriodSeconds();
            if (grace <= shutdown.toSeconds()) {
                problems.add(name + ": terminationGracePeriodSeconds " + grace + " must be greater than quarkus.shutdown.timeout "
                        + shutdown.toSeconds() + " s");
            }
            PodSecurityContext podSecurity = pod.getSecurityContext();
            for (Container container : pod.getContainers()) {
                String where = name + " container " + container.getName();
                List<Integer> ports = container.getPorts().stream().map(ContainerPort::getContainerPort).toList();
                if (!ports.contains(httpPort)) {
                    problems.add(where + ": containerPort " + ports + " does not include quarkus.http.port " + httpPort);
                }
                for (String bound : List.of("requests", "limits")) {
                    Map<String, Quantity> values = container.getResources() == null ? null
                            : bound.equals("requests") ? container.getResources().getRequests() : container.getResources().getLimits();
                    for (String resource : List.of("cpu", "memory")) {
                        if (values == null || values.get(resource) == null) {
                            problems.add(where + ": resources." + bound + "." + resource + " is not set");
                        }
                    }
                }
                SecurityContext security = container.getSecurityContext();
                Boolean nonRoot = security != null && security.getRunAsNonRoot() != null ? security.getRunAsNonRoot()
                        : podSecurity == null ? null : podSecurity.getRunAsNonRoot();
                if (!Boolean.TRUE.equals(nonRoot)) {
                    problems.add(where + ": runAsNonRoot must be true");
                }
                if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    problems.add(where + ": readOnlyRootFilesystem must be true");
                }
                if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                    problems.add(where + ": allowPrivilegeEscalation must be false");
                }
                if (security == null || security.getCapabilities() == null || !security.getCapabilities().getDrop().contains("ALL")) {
                    problems.add(where + ": capabilities must drop ALL");
                }
                for (Probe probe : probes(container)) {
                    HTTPGetAction get = probe.getHttpGet();
                    if (get == null) {
                        problems.add(where + ": every probe must be an httpGet on the service's health endpoints");
                        continue;
                    }
                    Integer port = get.getPort().getIntVal() != null ? get.getPort().getIntVal()
                            : container.getPorts().stream().filter(p -> get.getPort().getStrVal().equals(p.getName()))
                                    .map(ContainerPort::getContainerPort).findFirst().orElse(null);
                    if (port == null || port != httpPort) {
                        problems.add(where + ": probe " + get.getPath() + " on port " + get.getPort() + ", not quarkus.http.port " + httpPort);
                    }
                }
            }
        }
        return problems;
    }

    /** Every probe path that does not answer 200 on the running service (the test instance). */
    static List<String> probeProblems(List<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            int status = given().when().get(path).then().extract().statusCode();
            if (status != 200) {
                problems.add("probe " + path + " answers " + status + ", not 200");
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    /** Every resource the kustomization of {@code dir} lists, by file name, read into the model. */
    static Map<String, KubernetesResource> load(Path dir) throws IOException {
        JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        Map<String, KubernetesResource> resources = new LinkedHashMap<>();
        for (JsonNode file : kustomization.path("resources")) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(file.asText()))) {
                resources.put(file.asText(), YAML.readValue(reader, KubernetesResource.class));
            }
        }
        return resources;
    }

    private static List<Deployment> deployments(Map<String, KubernetesResource> resources) {
        return resources.values().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }

    private static List<Probe> probes(Container container) {
        List<Probe> probes = new ArrayList<>();
        for (Probe probe : new Probe[] {container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe()}) {
            if (probe != null) {
                probes.add(probe);
            }
        }
        return probes;
    }

    private static List<String> probePaths(Map<String, KubernetesResource> resources) {
        return deployments(resources).stream().flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .flatMap(c -> probes(c).stream()).filter(p -> p.getHttpGet() != null).map(p -> p.getHttpGet().getPath()).toList();
    }

    /** Walks the model objects (fabric8 classes collect the keys they do not know into additionalProperties). */
    private static void unknownFields(Object node, String path, List<String> problems) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, problems));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
            } else if (!(node instanceof HasMetadata && getter.getName().equals("getPlural"))) {
                String field = getter.getName().substring(3);
                unknownFields(value, path + "." + field.substring(0, 1).toLowerCase(Locale.ROOT) + field.substring(1), problems);
            }
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROJECT_DIR.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** A Quarkus duration: {@code 25S}, {@code 500ms}, {@code 2M}, a number of seconds, or ISO-8601. */
    static Duration quarkusDuration(String text) {
        String value = text.trim();
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d)?", Pattern.CASE_INSENSITIVE).matcher(value);
        if (!m.matches()) {
            return Duration.parse(value);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** A copy of k8s/ in a fresh directory with one text replacement in the file that holds it. */
    private Path brokenCopy(String text, String replacement) throws IOException {
        Path dir = Files.createTempDirectory(broken, "k8s");
        boolean replaced = false;
        try (var files = Files.list(K8S_DIR)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file);
                if (content.contains(text)) {
                    content = content.replace(text, replacement);
                    replaced = true;
                }
                Files.writeString(dir.resolve(file.getFileName()), content);
            }
        }
        assertTrue(replaced, "no file of k8s/ holds: " + text);
        return dir;
    }

    private void assertBroken(String text, String replacement, String expected, String what) throws IOException {
        List<String> problems = modelProblems(load(brokenCopy(text, replacement)));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), what + " must be reported, got " + problems);
    }

    private void assertDeploymentBroken(Properties properties, String text, String replacement, String expected) throws IOException {
        List<String> problems = deploymentProblems(load(brokenCopy(text, replacement)), properties);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " must be reported, got " + problems);
    }
}
