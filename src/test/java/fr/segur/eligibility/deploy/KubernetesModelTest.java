package fr.segur.eligibility.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
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
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final Set<String> EXPECTED_KINDS =
            Set.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Secret");
    /** The probe of each kind and the SmallRye Health endpoint it must call. */
    private static final Map<String, String> PROBE_PATHS =
            Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
    /** The container port the probes and the Service name. */
    private static final String PORT_NAME = "http";

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
    void theKustomizationListsEveryOtherManifestOneOfEachExpectedKind() throws IOException {
        assertEquals(List.of(), manifestSetProblems(K8S_DIR));
    }

    @Test
    void thePodIsWiredToTheConfigMapTheSecretAndAWritableTmp() throws IOException {
        assertEquals(List.of(), podWiringProblems(load(K8S_DIR)));
    }

    @Test
    void serviceAutoscalerAndDisruptionBudgetFollowTheDeployment() throws IOException {
        assertEquals(List.of(), companionProblems(load(K8S_DIR)));
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
        assertDeploymentBroken(properties, "runAsUser: 185", "runAsUser: 0", "runAsUser");
        assertDeploymentBroken(properties, "path: /q/health/started", "path: /q/health/live", "startupProbe");
        assertDeploymentBroken(properties, "port: http", "port: 8080", "named port");
        assertDeploymentBroken(properties, "- name: http\n", "- name: web\n", "no port named http");
    }

    @Test
    void eachCheckOfTheManifestSetThePodWiringAndTheCompanionsFailsOnABrokenCopy() throws IOException {
        assertReported(KubernetesModelTest::manifestSetProblems, KUSTOMIZATION, "  - pdb.yaml\n", "", "pdb.yaml");
        assertReported(KubernetesModelTest::manifestSetProblems, "jwt-public-key-secret.yaml", "kind: Secret\n", "kind: ConfigMap\n", "kinds");
        assertReported(KubernetesModelTest::manifestSetProblems, "service.yaml", "  type: ClusterIP\n",
                "  type: ClusterIP\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n", "one YAML document");
        assertReported(KubernetesModelTest::manifestSetProblems, "pdb.yaml", "  name: segur-eligibility\n", "", "metadata.name");
        assertReported(KubernetesModelTest::manifestSetProblems, KUSTOMIZATION, "kind: Kustomization", "kind: Kustomisation", "Kustomization");

        assertWiringBroken("deployment.yaml", "replicas: 3", "replicas: 2", "3 replicas");
        assertWiringBroken("deployment.yaml", "      app.kubernetes.io/name: segur-eligibility\n  strategy",
                "      app.kubernetes.io/name: segur\n  strategy", "selector");
        assertWiringBroken("deployment.yaml", "name: segur-eligibility-config", "name: segur-config", "envFrom");
        assertWiringBroken("configmap.yaml", "  QUARKUS_LOG_LEVEL: \"INFO\"\n",
                "  QUARKUS_LOG_LEVEL: \"INFO\"\n  JAVA_OPTS_APPEND: \"-Xmx1g\"\n", "JAVA_OPTS_APPEND");
        assertWiringBroken("deployment.yaml", "          imagePullPolicy: IfNotPresent\n",
                "          imagePullPolicy: IfNotPresent\n          env:\n            - name: JAVA_OPTS_APPEND\n              value: -Xmx1g\n",
                "JAVA_OPTS_APPEND");
        assertWiringBroken("deployment.yaml", "mountPath: /tmp", "mountPath: /var/tmp", "/tmp");
        assertWiringBroken("deployment.yaml", "emptyDir:\n            sizeLimit: 256Mi", "hostPath:\n            path: /var/tmp", "emptyDir");
        assertWiringBroken("deployment.yaml", "readOnly: true", "readOnly: false", "read-only");
        assertWiringBroken("deployment.yaml", "secretName: segur-eligibility-jwt", "secretName: other-jwt", "Secret segur-eligibility-jwt");
        assertWiringBroken("configmap.yaml", "/etc/segur/jwt/public-key.pem", "/etc/segur/key/public-key.pem", "under the mount");
        assertWiringBroken("configmap.yaml", "/etc/segur/jwt/public-key.pem", "/etc/segur/jwt/key.pem", "key.pem is not a file");
        assertWiringBroken("deployment.yaml", "- key: public-key.pem", "- key: key.pem", "no key key.pem");
        assertWiringBroken("configmap.yaml", "ELIGIBILITY_AUTH_ENABLED: \"true\"", "ELIGIBILITY_AUTH_ENABLED: \"false\"", "authentication");
        assertWiringBroken("configmap.yaml", "MP_JWT_VERIFY_ISSUER: \"https://auth.example.org/realms/segur\"",
                "MP_JWT_VERIFY_ISSUER: \"\"", "issuer");
        assertWiringBroken("configmap.yaml", "QUARKUS_HTTP_PORT: \"8080\"", "QUARKUS_HTTP_PORT: \"8081\"", "QUARKUS_HTTP_PORT");
        assertWiringBroken("configmap.yaml", "QUARKUS_SHUTDOWN_TIMEOUT: \"25S\"", "QUARKUS_SHUTDOWN_TIMEOUT: \"30S\"", "QUARKUS_SHUTDOWN_TIMEOUT");
        assertWiringBroken("configmap.yaml", "  QUARKUS_SHUTDOWN_TIMEOUT: \"25S\"\n", "", "QUARKUS_SHUTDOWN_TIMEOUT");

        assertCompanionBroken("service.yaml", "    app.kubernetes.io/name: segur-eligibility\n  ports",
                "    app.kubernetes.io/name: segur\n  ports", "Service selector");
        assertCompanionBroken("service.yaml", "targetPort: http", "targetPort: 8080", "targetPort");
        assertCompanionBroken("hpa.yaml", "minReplicas: 3", "minReplicas: 2", "minReplicas");
        assertCompanionBroken("hpa.yaml", "maxReplicas: 10", "maxReplicas: 2", "maxReplicas");
        assertCompanionBroken("hpa.yaml", "name: cpu", "name: memory", "cpu");
        assertCompanionBroken("hpa.yaml", "    kind: Deployment\n    name: segur-eligibility", "    kind: Deployment\n    name: other",
                "scaleTargetRef");
        assertCompanionBroken("pdb.yaml", "      app.kubernetes.io/name: segur-eligibility", "      app.kubernetes.io/name: segur",
                "PodDisruptionBudget selector");
        assertCompanionBroken("pdb.yaml", "minAvailable: 2", "minAvailable: 3", "minAvailable");
        assertCompanionBroken("pdb.yaml", "  minAvailable: 2\n", "", "minAvailable or maxUnavailable");
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
                Long user = security != null && security.getRunAsUser() != null ? security.getRunAsUser()
                        : podSecurity == null ? null : podSecurity.getRunAsUser();
                if (user == null || user <= 0) {
                    problems.add(where + ": runAsUser must be set and non-zero, is " + user);
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
                namedProbeProblems(container, where, problems);
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


    /**
     * Every manifest of {@code dir} is one YAML document with apiVersion, kind and metadata.name; the kustomization
     * lists every other manifest; the kinds are exactly the expected ones, one manifest each.
     */
    static List<String> manifestSetProblems(Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.filter(KubernetesModelTest::isYaml).sorted().toList()) {
                String name = file.getFileName().toString();
                List<JsonNode> documents = documents(file);
                if (documents.size() != 1) {
                    problems.add(name + ": expected exactly one YAML document, found " + documents.size());
                }
                for (JsonNode document : documents) {
                    for (String field : List.of("apiVersion", "kind", "metadata.name")) {
                        JsonNode value = field.equals("metadata.name") ? document.path("metadata").path("name") : document.path(field);
                        if (!value.isValueNode() || value.asText().isBlank()) {
                            problems.add(name + ": missing " + field);
                        }
                    }
                }
                if (!name.equals(KUSTOMIZATION)) {
                    files.add(name);
                }
            }
        }
        JsonNode kustomization = YAML.readTree(dir.resolve(KUSTOMIZATION).toFile());
        if (!"Kustomization".equals(kustomization.path("kind").asText())) {
            problems.add(KUSTOMIZATION + ": kind must be Kustomization");
        }
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        if (!listed.equals(files)) {
            problems.add(KUSTOMIZATION + " lists " + listed + ", k8s/ holds " + files);
        }
        List<String> kinds = load(dir).values().stream().map(r -> ((HasMetadata) r).getKind()).sorted().toList();
        if (!new TreeSet<>(kinds).equals(new TreeSet<>(EXPECTED_KINDS)) || kinds.size() != EXPECTED_KINDS.size()) {
            problems.add("kinds " + kinds + " are not one each of " + new TreeSet<>(EXPECTED_KINDS));
        }
        return problems;
    }

    /**
     * The Deployment runs 3 replicas and selects its own pods; the container takes its environment from the ConfigMap
     * without overriding the image's JVM options; /tmp is a writable emptyDir; the issuer key is mounted read-only
     * from the Secret where the ConfigMap says; the ConfigMap's port and shutdown timeout agree with the pod.
     */
    static List<String> podWiringProblems(Map<String, KubernetesResource> resources) {
        List<String> problems = new ArrayList<>();
        Deployment deployment = single(resources, Deployment.class, problems);
        ConfigMap configMap = single(resources, ConfigMap.class, problems);
        if (deployment == null || configMap == null) {
            return problems;
        }
        if (!Objects.equals(3, deployment.getSpec().getReplicas())) {
            problems.add("the Deployment must run 3 replicas, runs " + deployment.getSpec().getReplicas());
        }
        selectorProblems(deployment.getSpec().getSelector(), "Deployment selector", podLabels(deployment), problems);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (pod.getContainers().size() != 1) {
            problems.add("the pod should have exactly one container, has " + pod.getContainers().size());
            return problems;
        }
        Container container = pod.getContainers().get(0);
        Map<String, String> data = configMap.getData() == null ? Map.of() : configMap.getData();
        String configMapName = configMap.getMetadata().getName();
        List<String> referenced = container.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef).filter(Objects::nonNull)
                .map(ref -> ref.getName()).toList();
        if (!referenced.contains(configMapName) || !referenced.stream().allMatch(configMapName::equals)) {
            problems.add("container envFrom must reference ConfigMap " + configMapName + " and no other, references " + referenced);
        }
        if (container.getEnv().stream().map(EnvVar::getName).anyMatch("JAVA_OPTS_APPEND"::equals) || data.containsKey("JAVA_OPTS_APPEND")) {
            problems.add("JAVA_OPTS_APPEND is set in the Dockerfile (http host, log manager, memory flags): do not override it");
        }
        Map<String, Volume> volumes = new TreeMap<>();
        pod.getVolumes().forEach(v -> volumes.put(v.getName(), v));
        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        if (tmp == null) {
            problems.add("the JVM needs a writable /tmp on a read-only root filesystem: mount a volume at /tmp");
        } else if (volumes.get(tmp.getName()) == null || volumes.get(tmp.getName()).getEmptyDir() == null) {
            problems.add("/tmp must be mounted from an emptyDir volume of the pod, is " + tmp.getName());
        }
        issuerKeyProblems(resources, container, volumes, data, problems);
        String port = data.get("QUARKUS_HTTP_PORT");
        List<Integer> containerPorts = container.getPorts().stream().map(ContainerPort::getContainerPort).toList();
        if (port != null && !containerPorts.contains(Integer.parseInt(port.trim()))) {
            problems.add("QUARKUS_HTTP_PORT " + port + " of the ConfigMap (it overrides application.properties) is not a containerPort "
                    + containerPorts);
        }
        String timeout = data.get("QUARKUS_SHUTDOWN_TIMEOUT");
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30L : pod.getTerminationGracePeriodSeconds();
        if (timeout == null || timeout.isBlank()) {
            problems.add("the ConfigMap must set QUARKUS_SHUTDOWN_TIMEOUT");
        } else if (grace <= quarkusDuration(timeout).toSeconds()) {
            problems.add("terminationGracePeriodSeconds " + grace + " must be greater than QUARKUS_SHUTDOWN_TIMEOUT " + timeout
                    + " of the ConfigMap");
        }
        return problems;
    }

    /** The issuer's public key: a read-only mount of the Secret, at the location the ConfigMap gives, with authentication on. */
    private static void issuerKeyProblems(Map<String, KubernetesResource> resources, Container container, Map<String, Volume> volumes,
                                          Map<String, String> data, List<String> problems) {
        if (!"true".equals(data.get("ELIGIBILITY_AUTH_ENABLED"))) {
            problems.add("authentication must be on in the cluster (ELIGIBILITY_AUTH_ENABLED)");
        }
        if (data.get("MP_JWT_VERIFY_ISSUER") == null || data.get("MP_JWT_VERIFY_ISSUER").isBlank()) {
            problems.add("the ConfigMap must name the token issuer (MP_JWT_VERIFY_ISSUER)");
        }
        Secret secret = single(resources, Secret.class, problems);
        if (secret == null) {
            return;
        }
        String secretName = secret.getMetadata().getName();
        Volume keyVolume = volumes.values().stream()
                .filter(v -> v.getSecret() != null && secretName.equals(v.getSecret().getSecretName())).findFirst().orElse(null);
        VolumeMount mount = keyVolume == null ? null
                : container.getVolumeMounts().stream().filter(m -> keyVolume.getName().equals(m.getName())).findFirst().orElse(null);
        if (mount == null) {
            problems.add("no volume of the pod mounts Secret " + secretName + " in the container");
            return;
        }
        if (!Boolean.TRUE.equals(mount.getReadOnly())) {
            problems.add("the issuer key must be mounted read-only");
        }
        String location = String.valueOf(data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        if (!location.startsWith(mount.getMountPath() + "/")) {
            problems.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION " + location + " must be under the mount " + mount.getMountPath());
            return;
        }
        String file = location.substring(mount.getMountPath().length() + 1);
        List<KeyToPath> items = keyVolume.getSecret().getItems();
        String key = items.isEmpty() ? file
                : items.stream().filter(i -> file.equals(i.getPath())).map(KeyToPath::getKey).findFirst().orElse(null);
        if (key == null) {
            problems.add(file + " is not a file of the Secret volume");
        } else if (!(secret.getStringData() != null && secret.getStringData().containsKey(key))
                && !(secret.getData() != null && secret.getData().containsKey(key))) {
            problems.add("Secret " + secretName + " has no key " + key);
        }
    }

    /**
     * The Service selects the pods and targets the named port; the autoscaler scales the Deployment on CPU from at
     * least 3 replicas; the disruption budget selects the pods and leaves a node drainable.
     */
    static List<String> companionProblems(Map<String, KubernetesResource> resources) {
        List<String> problems = new ArrayList<>();
        Deployment deployment = single(resources, Deployment.class, problems);
        Service service = single(resources, Service.class, problems);
        HorizontalPodAutoscaler hpa = single(resources, HorizontalPodAutoscaler.class, problems);
        PodDisruptionBudget pdb = single(resources, PodDisruptionBudget.class, problems);
        if (deployment == null || service == null || hpa == null || pdb == null) {
            return problems;
        }
        Map<String, String> podLabels = podLabels(deployment);
        Map<String, String> serviceSelector = service.getSpec().getSelector() == null ? Map.of() : service.getSpec().getSelector();
        if (serviceSelector.isEmpty() || !podLabels.entrySet().containsAll(serviceSelector.entrySet())) {
            problems.add("Service selector " + serviceSelector + " does not match the pod labels " + podLabels);
        }
        List<ServicePort> ports = service.getSpec().getPorts();
        if (ports.isEmpty()) {
            problems.add("the Service has no port");
        }
        for (ServicePort port : ports) {
            if (!PORT_NAME.equals(port.getTargetPort() == null ? null : port.getTargetPort().getStrVal())) {
                problems.add("Service port " + port.getName() + ": targetPort must be the container's named port " + PORT_NAME);
            }
        }
        HorizontalPodAutoscalerSpec scaling = hpa.getSpec();
        if (!"Deployment".equals(scaling.getScaleTargetRef().getKind())
                || !deployment.getMetadata().getName().equals(scaling.getScaleTargetRef().getName())) {
            problems.add("HPA scaleTargetRef must be Deployment " + deployment.getMetadata().getName());
        }
        int min = scaling.getMinReplicas() == null ? 1 : scaling.getMinReplicas();
        if (min < 3) {
            problems.add("HPA minReplicas must be at least 3, is " + min);
        }
        if (scaling.getMaxReplicas() == null || scaling.getMaxReplicas() < min) {
            problems.add("HPA maxReplicas must be at least minReplicas");
        }
        if (scaling.getMetrics().stream().noneMatch(m -> "Resource".equals(m.getType()) && m.getResource() != null
                && "cpu".equals(m.getResource().getName()))) {
            problems.add("HPA must have a Resource metric on cpu");
        }
        PodDisruptionBudgetSpec budget = pdb.getSpec();
        selectorProblems(budget.getSelector(), "PodDisruptionBudget selector", podLabels, problems);
        if (budget.getMinAvailable() == null && budget.getMaxUnavailable() == null) {
            problems.add("PodDisruptionBudget needs minAvailable or maxUnavailable");
        }
        IntOrString minAvailable = budget.getMinAvailable();
        Integer replicas = deployment.getSpec().getReplicas();
        if (minAvailable != null && minAvailable.getIntVal() != null && replicas != null && minAvailable.getIntVal() >= replicas) {
            problems.add("PodDisruptionBudget minAvailable " + minAvailable.getIntVal() + " must be lower than the " + replicas
                    + " replicas, or no node could ever be drained");
        }
        return problems;
    }

    /** Each probe on the health endpoint of its kind and on the named port, which the container declares. */
    private static void namedProbeProblems(Container container, String where, List<String> problems) {
        if (container.getPorts().stream().noneMatch(p -> PORT_NAME.equals(p.getName()))) {
            problems.add(where + ": no port named " + PORT_NAME);
        }
        Map<String, Probe> byKind = new TreeMap<>();
        byKind.put("startupProbe", container.getStartupProbe());
        byKind.put("livenessProbe", container.getLivenessProbe());
        byKind.put("readinessProbe", container.getReadinessProbe());
        byKind.forEach((kind, probe) -> {
            HTTPGetAction get = probe == null ? null : probe.getHttpGet();
            if (get == null || !PROBE_PATHS.get(kind).equals(get.getPath())) {
                problems.add(where + ": " + kind + " must be an httpGet on " + PROBE_PATHS.get(kind));
            } else if (!PORT_NAME.equals(get.getPort().getStrVal())) {
                problems.add(where + ": " + kind + " must use the named port " + PORT_NAME + ", uses " + get.getPort());
            }
        });
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    /** The one resource of that kind, or null with a problem when there is none or more than one. */
    private static <T> T single(Map<String, KubernetesResource> resources, Class<T> kind, List<String> problems) {
        List<T> found = resources.values().stream().filter(kind::isInstance).map(kind::cast).toList();
        if (found.size() != 1) {
            problems.add("expected exactly one " + kind.getSimpleName() + ", found " + found.size());
            return null;
        }
        return found.get(0);
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    /** matchLabels non-empty, each on the pods; matchExpressions are not used here. */
    private static void selectorProblems(LabelSelector selector, String owner, Map<String, String> podLabels, List<String> problems) {
        Map<String, String> matchLabels = selector == null || selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        if (selector != null && !selector.getMatchExpressions().isEmpty()) {
            problems.add(owner + ": matchExpressions are not expected");
        }
        if (matchLabels.isEmpty() || !podLabels.entrySet().containsAll(matchLabels.entrySet())) {
            problems.add(owner + " " + matchLabels + " does not match the pod labels " + podLabels);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The non-empty YAML documents of a file. */
    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            YAML.readValues(YAML.getFactory().createParser(reader), JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            });
        }
        return documents;
    }

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
        return brokenCopy(null, text, replacement);
    }

    /** The same, the replacement only in {@code onlyFile} (every file when null). */
    private Path brokenCopy(String onlyFile, String text, String replacement) throws IOException {
        Path dir = Files.createTempDirectory(broken, "k8s");
        boolean replaced = false;
        try (var files = Files.list(K8S_DIR)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file);
                if ((onlyFile == null || onlyFile.equals(file.getFileName().toString())) && content.contains(text)) {
                    content = content.replace(text, replacement);
                    replaced = true;
                }
                Files.writeString(dir.resolve(file.getFileName()), content);
            }
        }
        assertTrue(replaced, "no file of k8s/ holds: " + text + (onlyFile == null ? "" : " (in " + onlyFile + ")"));
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

    /** A check run on a copy of k8s/. */
    @FunctionalInterface
    interface Check {
        List<String> problems(Path dir) throws IOException;
    }

    private void assertReported(Check check, String file, String text, String replacement, String expected) throws IOException {
        List<String> problems = check.problems(brokenCopy(file, text, replacement));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                expected + " must be reported when " + file + " has " + replacement.strip() + ", got " + problems);
    }

    private void assertWiringBroken(String file, String text, String replacement, String expected) throws IOException {
        assertReported(dir -> podWiringProblems(load(dir)), file, text, replacement, expected);
    }

    private void assertCompanionBroken(String file, String text, String replacement, String expected) throws IOException {
        assertReported(dir -> companionProblems(load(dir)), file, text, replacement, expected);
    }
}
