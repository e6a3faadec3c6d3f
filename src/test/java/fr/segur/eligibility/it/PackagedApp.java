package fr.segur.eligibility.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged application ({@code target/quarkus-app}) started in its own JVM, for tests that need one. */
final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    final int port;
    final Path log;
    private final Process process;

    private PackagedApp(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static PackagedApp start(List<String> jvmOptions) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("segur-app", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The jar runs in the prod profile, where authentication is on; a test that wants it passes
        // -Deligibility.auth.enabled=true with a key and an issuer among its options (the last -D wins).
        command.add("-Deligibility.auth.enabled=false");
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(JAR.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedApp(port, log, process);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until readiness answers 200, or the process dies, or the time is up. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    Process process() {
        return process;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
