package fr.segur.eligibility.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Checks the Kubernetes manifests in {@code k8s/} against each other and against the Quarkus configuration. */
class KubernetesManifestsTest {

    private static final Path PROJECT_DIR = projectDir();
    private static final Path K8S_DIR = PROJECT_DIR.resolve("k8s");
    private static final Path APPLICATION_PROPERTIES = PROJECT_DIR.resolve("src/main/resources/application.properties");
    private static final String KUSTOMIZATION_FILE = "kustomization.yaml";
    private static final int DEFAULT_HTTP_PORT = 8080;

    private static final Set<String> EXPECTED_KINDS = Set.of(
            "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Secret");

    /** Parsed manifests by file name (k8s/*.yaml and k8s/*.yml). */
    private static Map<String, JsonNode> manifests;

    @BeforeAll
    static void parseManifests() throws IOException {
        assertTrue(Files.isDirectory(K8S_DIR), "missing directory " + K8S_DIR);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        manifests = new TreeMap<>();
        try (Stream<Path> files = Files.list(K8S_DIR)) {
            for (Path file : files.filter(KubernetesManifestsTest::isYaml).sorted().collect(Collectors.toList())) {
                List<JsonNode> documents = readDocuments(yaml, file);
                assertEquals(1, documents.size(), file.getFileName() + ": expected exactly one YAML document");
                manifests.put(file.getFileName().toString(), documents.get(0));
            }
        }
        assertFalse(manifests.isEmpty(), "no manifest in " + K8S_DIR);
    }

    // ------------------------------------------------------------------------------------------
    // All manifests
    // ------------------------------------------------------------------------------------------

    @Test
    void everyManifestHasApiVersionKindAndName() {
        manifests.forEach((file, manifest) -> {
            assertNotBlank(manifest, "apiVersion", file);
            assertNotBlank(manifest, "kind", file);
            assertNotBlank(manifest, "metadata.name", file);
        });
    }

    @Test
    void kindsAreExactlyTheExpectedOnes() {
        List<String> kinds = resourceManifests().values().stream().map(m -> m.path("kind").asText()).sorted()
                .collect(Collectors.toList());
        assertEquals(new TreeSet<>(EXPECTED_KINDS), new TreeSet<>(kinds), "kinds of the k8s/ manifests");
        assertEquals(EXPECTED_KINDS.size(), kinds.size(), "one manifest per kind, found " + kinds);
    }

    @Test
    void kustomizationListsEveryOtherManifest() {
        JsonNode kustomization = manifests.get(KUSTOMIZATION_FILE);
        assertNotNull(kustomization, "missing k8s/" + KUSTOMIZATION_FILE);
        assertEquals("Kustomization", kustomization.path("kind").asText());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        assertEquals(new TreeSet<>(resourceManifests().keySet()), listed,
                "resources of k8s/" + KUSTOMIZATION_FILE + " versus the files of k8s/");
    }

    // ------------------------------------------------------------------------------------------
    // Deployment
    // ------------------------------------------------------------------------------------------

    @Test
    void deploymentRunsThreeReplicas() {
        assertEquals(3, deployment().path("spec").path("replicas").asInt(-1), "Deployment spec.replicas");
    }

    @Test
    void deploymentSelectorMatchesPodLabels() {
        assertSelectorMatchesPodLabels(deployment().path("spec").path("selector"), "Deployment");
    }

    @Test
    void containerHasCpuAndMemoryRequestsAndLimits() {
        JsonNode resources = container().path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertFalse(resources.path(bound).path(resource).asText().isBlank(),
                        "container resources." + bound + "." + resource + " is missing");
            }
        }
    }

    @Test
    void probesUseTheQuarkusHealthEndpointsOnTheNamedPort() {
        String portName = httpPort().path("name").asText();
        assertFalse(portName.isBlank(), "the container port must be named");
        assertProbe("startupProbe", "/q/health/started", portName);
        assertProbe("livenessProbe", "/q/health/live", portName);
        assertProbe("readinessProbe", "/q/health/ready", portName);
    }

    @Test
    void podRunsAsNonRootUser() {
        JsonNode podSecurity = podSpec().path("securityContext");
        JsonNode containerSecurity = container().path("securityContext");
        assertTrue(firstPresent(containerSecurity, podSecurity, "runAsNonRoot").asBoolean(false),
                "runAsNonRoot must be true (pod or container securityContext)");
        int runAsUser = firstPresent(containerSecurity, podSecurity, "runAsUser").asInt(0);
        assertTrue(runAsUser > 0, "runAsUser must be set and non-zero, was " + runAsUser);
    }

    @Test
    void containerIsLockedDown() {
        JsonNode security = container().path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(false), "readOnlyRootFilesystem must be true");
        assertTrue(security.has("allowPrivilegeEscalation") && !security.path("allowPrivilegeEscalation").asBoolean(),
                "allowPrivilegeEscalation must be false");
    }

    @Test
    void readOnlyRootFilesystemHasWritableTmp() {
        Map<String, JsonNode> volumes = byName(podSpec().path("volumes"));
        JsonNode tmpMount = findByField(container().path("volumeMounts"), "mountPath", "/tmp");
        assertNotNull(tmpMount, "the JVM needs a writable /tmp: mount a volume at /tmp");
        JsonNode volume = volumes.get(tmpMount.path("name").asText());
        assertNotNull(volume, "/tmp is mounted from an undeclared volume " + tmpMount.path("name").asText());
        assertTrue(volume.has("emptyDir"), "/tmp should be an emptyDir volume");
    }

    @Test
    void envFromReferencesTheExistingConfigMap() {
        String configMapName = configMap().path("metadata").path("name").asText();
        List<String> referenced = new ArrayList<>();
        container().path("envFrom").forEach(source -> {
            if (source.has("configMapRef")) {
                referenced.add(source.path("configMapRef").path("name").asText());
            }
        });
        assertTrue(referenced.contains(configMapName),
                "container envFrom must reference ConfigMap " + configMapName + ", references " + referenced);
        assertTrue(referenced.stream().allMatch(configMapName::equals),
                "envFrom references a ConfigMap that is not in k8s/: " + referenced);
    }

    @Test
    void jvmOptionsOfTheImageAreNotOverridden() {
        Set<String> names = new TreeSet<>();
        container().path("env").forEach(env -> names.add(env.path("name").asText()));
        configMap().path("data").fieldNames().forEachRemaining(names::add);
        assertFalse(names.contains("JAVA_OPTS_APPEND"),
                "JAVA_OPTS_APPEND is set in the Dockerfile (http host, log manager, memory flags): do not override it");
    }

    @Test
    void containerPortIsTheQuarkusHttpPort() throws IOException {
        int containerPort = httpPort().path("containerPort").asInt(-1);
        assertEquals(applicationHttpPort(), containerPort,
                "containerPort versus quarkus.http.port of application.properties (8080 when absent)");
        String configMapPort = configMap().path("data").path("QUARKUS_HTTP_PORT").asText("");
        if (!configMapPort.isBlank()) {
            assertEquals(containerPort, Integer.parseInt(configMapPort.trim()),
                    "containerPort versus QUARKUS_HTTP_PORT of the ConfigMap (it overrides application.properties)");
        }
    }

    @Test
    void terminationGraceIsLongerThanTheQuarkusShutdownTimeout() {
        String timeout = configMap().path("data").path("QUARKUS_SHUTDOWN_TIMEOUT").asText("");
        assertFalse(timeout.isBlank(), "the ConfigMap must set QUARKUS_SHUTDOWN_TIMEOUT");
        long shutdownSeconds = parseQuarkusDuration(timeout).toSeconds();
        // Kubernetes default when the field is absent
        long graceSeconds = podSpec().path("terminationGracePeriodSeconds").asLong(30);
        assertTrue(graceSeconds > shutdownSeconds, "terminationGracePeriodSeconds (" + graceSeconds
                + ") must be greater than QUARKUS_SHUTDOWN_TIMEOUT (" + shutdownSeconds + " s)");
    }

    @Test
    void theIssuerPublicKeyIsMountedReadOnlyFromTheSecretWhereTheConfigMapSaysItIs() {
        JsonNode secret = ofKind("Secret");
        String secretName = secret.path("metadata").path("name").asText();
        Map<String, JsonNode> volumes = byName(podSpec().path("volumes"));
        JsonNode keyVolume = volumes.values().stream().filter(v -> secretName.equals(v.path("secret").path("secretName").asText()))
                .findFirst().orElse(null);
        assertNotNull(keyVolume, "no volume of the pod comes from Secret " + secretName);
        JsonNode mount = findByField(container().path("volumeMounts"), "name", keyVolume.path("name").asText());
        assertNotNull(mount, "the Secret volume is not mounted in the container");
        assertTrue(mount.path("readOnly").asBoolean(false), "the key must be mounted read-only");

        JsonNode data = configMap().path("data");
        assertEquals("true", data.path("ELIGIBILITY_AUTH_ENABLED").asText(), "authentication must be on in the cluster");
        assertFalse(data.path("MP_JWT_VERIFY_ISSUER").asText().isBlank(), "the ConfigMap must name the token issuer");
        String location = data.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText();
        String mountPath = mount.path("mountPath").asText();
        assertTrue(location.startsWith(mountPath + "/"), location + " must be under the mount " + mountPath);
        String file = location.substring(mountPath.length() + 1);
        boolean fileInVolume = keyVolume.path("secret").path("items").size() == 0
                ? secret.path("stringData").has(file) || secret.path("data").has(file)
                : findByField(keyVolume.path("secret").path("items"), "path", file) != null;
        assertTrue(fileInVolume, file + " is not a file of the Secret volume");
        String key = keyVolume.path("secret").path("items").size() == 0 ? file
                : findByField(keyVolume.path("secret").path("items"), "path", file).path("key").asText();
        assertTrue(secret.path("stringData").has(key) || secret.path("data").has(key), "Secret has no key " + key);
    }

    // ------------------------------------------------------------------------------------------
    // Service, HPA, PDB
    // ------------------------------------------------------------------------------------------

    @Test
    void serviceSelectsThePodsAndTargetsTheNamedPort() {
        JsonNode spec = ofKind("Service").path("spec");
        assertEquals(podLabelsSubset(spec.path("selector")), toMap(spec.path("selector")),
                "Service selector must equal pod labels");
        assertFalse(toMap(spec.path("selector")).isEmpty(), "Service selector is empty");
        String portName = httpPort().path("name").asText();
        JsonNode ports = spec.path("ports");
        assertTrue(ports.size() > 0, "Service has no port");
        ports.forEach(port -> assertEquals(portName, port.path("targetPort").asText(),
                "Service targetPort must be the container's named port"));
    }

    @Test
    void hpaScalesTheDeploymentOnCpuFromAtLeastThreeReplicas() {
        JsonNode spec = ofKind("HorizontalPodAutoscaler").path("spec");
        JsonNode target = spec.path("scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText(), "HPA scaleTargetRef.kind");
        assertEquals(deployment().path("metadata").path("name").asText(), target.path("name").asText(),
                "HPA scaleTargetRef.name");
        int min = spec.path("minReplicas").asInt(1);
        assertTrue(min >= 3, "HPA minReplicas must be at least 3, was " + min);
        assertTrue(spec.path("maxReplicas").asInt(0) >= min, "HPA maxReplicas must be at least minReplicas");
        boolean cpu = false;
        for (JsonNode metric : spec.path("metrics")) {
            cpu |= "Resource".equals(metric.path("type").asText())
                    && "cpu".equals(metric.path("resource").path("name").asText());
        }
        assertTrue(cpu, "HPA must have a Resource metric on cpu");
    }

    @Test
    void pdbSelectorMatchesThePods() {
        JsonNode spec = ofKind("PodDisruptionBudget").path("spec");
        assertSelectorMatchesPodLabels(spec.path("selector"), "PodDisruptionBudget");
        assertTrue(spec.has("minAvailable") || spec.has("maxUnavailable"), "PDB needs minAvailable or maxUnavailable");
        if (spec.path("minAvailable").isInt()) {
            assertTrue(spec.path("minAvailable").asInt() < deployment().path("spec").path("replicas").asInt(),
                    "PDB minAvailable must be lower than the replicas, or no node could ever be drained");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Helpers: files
    // ------------------------------------------------------------------------------------------

    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static List<JsonNode> readDocuments(ObjectMapper yaml, Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            yaml.readValues(yaml.getFactory().createParser(reader), JsonNode.class)
                    .forEachRemaining(document -> {
                        if (document != null && !document.isNull() && !document.isMissingNode()) {
                            documents.add(document);
                        }
                    });
        }
        return documents;
    }

    /** quarkus.http.port of application.properties (the unprofiled key), 8080 when absent. */
    private static int applicationHttpPort() throws IOException {
        if (!Files.exists(APPLICATION_PROPERTIES)) {
            return DEFAULT_HTTP_PORT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String value = properties.getProperty("quarkus.http.port");
        if (value == null || value.isBlank()) {
            return DEFAULT_HTTP_PORT;
        }
        // ${ENV_VAR:8080} expression: its default is what the container gets without the variable
        Matcher expression = Pattern.compile("\\$\\{[^:}]+:(\\d+)}").matcher(value.trim());
        return Integer.parseInt(expression.matches() ? expression.group(1) : value.trim());
    }

    /** Quarkus duration syntax: plain seconds ("25"), ISO-8601 ("PT25S") or its short form ("25S", "500MS", "1M", "2D"). */
    static Duration parseQuarkusDuration(String value) {
        String text = value.trim().toUpperCase();
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        if (text.matches("\\d+MS")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.startsWith("P")) {
            return Duration.parse(text);
        }
        if (text.matches("\\d+D")) {
            return Duration.parse("P" + text);
        }
        return Duration.parse("PT" + text);
    }

    // ------------------------------------------------------------------------------------------
    // Helpers: manifests
    // ------------------------------------------------------------------------------------------

    /** Every manifest except the Kustomization. */
    private static Map<String, JsonNode> resourceManifests() {
        Map<String, JsonNode> resources = new TreeMap<>(manifests);
        resources.remove(KUSTOMIZATION_FILE);
        return resources;
    }

    private static JsonNode ofKind(String kind) {
        List<JsonNode> found = manifests.values().stream().filter(m -> kind.equals(m.path("kind").asText()))
                .collect(Collectors.toList());
        assertEquals(1, found.size(), "expected exactly one " + kind + " in k8s/");
        return found.get(0);
    }

    private static JsonNode deployment() {
        return ofKind("Deployment");
    }

    private static JsonNode configMap() {
        return ofKind("ConfigMap");
    }

    private static JsonNode podSpec() {
        return deployment().path("spec").path("template").path("spec");
    }

    private static Map<String, String> podLabels() {
        return toMap(deployment().path("spec").path("template").path("metadata").path("labels"));
    }

    /** The single container of the pod. */
    private static JsonNode container() {
        JsonNode containers = podSpec().path("containers");
        assertEquals(1, containers.size(), "the pod should have exactly one container");
        return containers.get(0);
    }

    /** The container port named "http". */
    private static JsonNode httpPort() {
        JsonNode port = findByField(container().path("ports"), "name", "http");
        assertNotNull(port, "the container must declare a port named http");
        return port;
    }

    private static void assertProbe(String probeName, String path, String portName) {
        JsonNode httpGet = container().path(probeName).path("httpGet");
        assertTrue(httpGet.isObject(), probeName + " must be an httpGet probe");
        assertEquals(path, httpGet.path("path").asText(), probeName + " path");
        assertEquals(portName, httpGet.path("port").asText(), probeName + " port must be the named port");
    }

    /** matchLabels must be non-empty and each label must be on the pods (matchExpressions are not used here). */
    private static void assertSelectorMatchesPodLabels(JsonNode selector, String owner) {
        assertFalse(selector.has("matchExpressions"), owner + ": matchExpressions are not expected");
        Map<String, String> matchLabels = toMap(selector.path("matchLabels"));
        assertFalse(matchLabels.isEmpty(), owner + " selector has no matchLabels");
        assertEquals(podLabelsSubset(selector.path("matchLabels")), matchLabels,
                owner + " selector " + matchLabels + " does not match pod labels " + podLabels());
    }

    /** The pod labels restricted to the keys of the given selector. */
    private static Map<String, String> podLabelsSubset(JsonNode selector) {
        Map<String, String> labels = podLabels();
        Map<String, String> subset = new TreeMap<>();
        selector.fieldNames().forEachRemaining(key -> {
            if (labels.containsKey(key)) {
                subset.put(key, labels.get(key));
            }
        });
        return subset;
    }

    private static Map<String, String> toMap(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asText()));
        return map;
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        array.forEach(item -> map.put(item.path("name").asText(), item));
        return map;
    }

    private static JsonNode findByField(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }

    /** The field from the container securityContext, else from the pod one (the container wins in Kubernetes). */
    private static JsonNode firstPresent(JsonNode containerContext, JsonNode podContext, String field) {
        return containerContext.has(field) ? containerContext.path(field) : podContext.path(field);
    }

    private static void assertNotBlank(JsonNode manifest, String dottedPath, String file) {
        JsonNode node = manifest;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            fail(file + ": missing " + dottedPath);
        }
    }
}
