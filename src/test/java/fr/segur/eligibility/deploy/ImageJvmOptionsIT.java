package fr.segur.eligibility.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options of the image (Dockerfile) tried on the packaged application: the AppCDS archive written the way the
 * image writes it, then the service started with the options run-java.sh would give it, archive required.
 */
class ImageJvmOptionsIT {

    private static final Path PROJECT_DIR =
            Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path QUARKUS_APP = PROJECT_DIR.resolve("target/quarkus-app");
    /** Where the image holds the application (JAVA_APP_DIR of the base image). */
    private static final String DEPLOYMENTS = "/deployments/";

    private static List<DockerfileIT.Instruction> instructions;

    @TempDir
    Path dir;

    @BeforeAll
    static void parseDockerfile() throws IOException {
        instructions = DockerfileIT.parseInstructions(Files.readAllLines(PROJECT_DIR.resolve("Dockerfile"), StandardCharsets.UTF_8));
    }

    @Test
    void theImageWritesItsAppCdsArchiveForTheJarItRunsAndUsesIt() {
        String archive = option(javaOptsAppend(), "-XX:SharedArchiveFile=")
                .orElseThrow(() -> new AssertionError("JAVA_OPTS_APPEND starts the JVM without -XX:SharedArchiveFile=<AppCDS archive>"));
        List<String> generation = archiveGeneration();
        assertEquals(Optional.of(archive), option(generation, "-XX:ArchiveClassesAtExit="),
                "the RUN that writes the archive must write the file JAVA_OPTS_APPEND reads");
        String jar = env("JAVA_APP_JAR").orElseThrow(() -> new AssertionError("no ENV JAVA_APP_JAR"));
        assertEquals(jar, generation.get(generation.indexOf("-jar") + 1),
                "the archive records the class path: it must be written with the jar path run-java.sh runs (JAVA_APP_JAR)");
        // An archive fits only the JDK build that wrote it: the one of ./mvnw package must not reach the image.
        List<String> copied = instructions.stream().filter(i -> i.keyword().equals("COPY"))
                .map(DockerfileIT.Instruction::arguments)
                .filter(a -> a.contains("app-cds.jsa") || a.matches(".*target/quarkus-app/?\\s.*"))
                .collect(Collectors.toList());
        assertEquals(List.of(), copied, "COPY must not bring the build machine's AppCDS archive into the image");
    }

    @Test
    void aGarbageCollectorIsChosenThroughTheImageVariableNotInJavaOptsAppend() {
        // run-java.sh puts the base image's -XX:+UseParallelGC (GC_CONTAINER_OPTIONS) before JAVA_OPTS_APPEND: a second
        // collector there makes the JVM refuse to start ("Conflicting collector combinations").
        List<String> collectors = javaOptsAppend().stream().filter(o -> o.matches("-XX:\\+Use\\w+GC")).collect(Collectors.toList());
        assertEquals(List.of(), collectors, "choose the collector with ENV GC_CONTAINER_OPTIONS");
    }

    @Test
    void theServiceStartsWithTheImageOptionsAndTheArchiveTheImageWrites() throws Exception {
        Path archive = dir.resolve("app-cds.jsa");
        List<String> generate = new ArrayList<>();
        for (String word : archiveGeneration()) {
            generate.add(local(word, archive));
        }
        generate.set(0, java());
        Process writer = new ProcessBuilder(generate).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("generation.log").toFile()).start();
        assertTrue(writer.waitFor(180, TimeUnit.SECONDS), "archive generation did not finish");
        assertEquals(0, writer.exitValue(), Files.readString(dir.resolve("generation.log")));
        assertTrue(Files.size(archive) > 0, "no archive written");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java(), "-XX:MaxRAM=512m"));
        command.addAll(baseImageDefaults());
        javaOptsAppend().forEach(o -> command.add(local(o, archive)));
        // -Xshare:on: the JVM refuses to start if it cannot use the archive, instead of starting slowly without it.
        command.addAll(List.of("-Xshare:on", "-Deligibility.auth.enabled=false", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port, "-jar", local(env("JAVA_APP_JAR").orElseThrow(), archive)));
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(awaitReady(app, port), "not ready with " + command + ": " + Files.readString(log));
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /**
     * What the base image's java-default-options (run-java.sh) puts before JAVA_OPTS_APPEND, with the collector of
     * ENV GC_CONTAINER_OPTIONS when the Dockerfile sets it.
     */
    private static List<String> baseImageDefaults() {
        List<String> options = new ArrayList<>(List.of("-XX:MaxRAMPercentage=80.0"));
        options.addAll(env("GC_CONTAINER_OPTIONS").map(DockerfileIT::words).orElse(List.of("-XX:+UseParallelGC")));
        options.addAll(List.of("-XX:MinHeapFreeRatio=" + env("GC_MIN_HEAP_FREE_RATIO").orElse("10"),
                "-XX:MaxHeapFreeRatio=" + env("GC_MAX_HEAP_FREE_RATIO").orElse("20"),
                "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90", "-XX:+ExitOnOutOfMemoryError"));
        return options;
    }

    private static boolean awaitReady(Process app, int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The java command of the RUN instruction that writes the archive (up to its first &&). */
    private static List<String> archiveGeneration() {
        List<String> runs = instructions.stream().filter(i -> i.keyword().equals("RUN"))
                .map(DockerfileIT.Instruction::arguments).filter(a -> a.contains("-XX:ArchiveClassesAtExit="))
                .collect(Collectors.toList());
        assertEquals(1, runs.size(), "one RUN instruction writes the AppCDS archive (-XX:ArchiveClassesAtExit=)");
        List<String> command = DockerfileIT.words(runs.get(0).split("&&")[0]);
        assertEquals("java", command.get(0), "the archive is written by the image's java: " + command);
        assertTrue(command.contains("-jar"), "the archive is written by running the application jar: " + command);
        return command;
    }

    /** A path of the image mapped to this build: the archive to the test's own file, the rest to target/quarkus-app. */
    private static String local(String word, Path archive) {
        String imageArchive = option(javaOptsAppend(), "-XX:SharedArchiveFile=").orElse("\0");
        return word.replace(imageArchive, archive.toString()).replace(DEPLOYMENTS, QUARKUS_APP + "/");
    }

    private static List<String> javaOptsAppend() {
        return DockerfileIT.words(env("JAVA_OPTS_APPEND").orElseThrow(() -> new AssertionError("no ENV JAVA_OPTS_APPEND")));
    }

    private static Optional<String> option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).reduce((a, b) -> b);
    }

    /** The last value the Dockerfile gives an environment variable (ENV NAME="value" form). */
    private static Optional<String> env(String name) {
        Optional<String> value = Optional.empty();
        for (DockerfileIT.Instruction i : instructions) {
            if (i.keyword().equals("ENV")) {
                for (String word : DockerfileIT.words(i.arguments())) {
                    if (word.startsWith(name + "=")) {
                        value = Optional.of(word.substring(name.length() + 1));
                    }
                }
            }
        }
        return value;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
