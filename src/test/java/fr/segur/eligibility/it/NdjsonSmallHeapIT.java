package fr.segur.eligibility.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * NDJSON is streamed both ways: a payroll whose answers are larger than the heap goes through a service capped
 * at {@code -Xmx96m}; the client writes lines on one thread while it reads answers on another (full duplex,
 * as curl does), every line answered in order.
 */
class NdjsonSmallHeapIT {

    private static final int LINES = 100_000;
    private static final String[] JOBS = {"SECRETAIRE", "AES", "INFIRMIER", "EDUCATEUR_SPECIALISE", "CUISINIER", "MEDECIN"};

    @Test
    void aLargePayrollStreamsThroughASmallHeap() throws Exception {
        try (PackagedApp app = PackagedApp.start(List.of("-Xmx96m", "-XX:+ExitOnOutOfMemoryError"))) {
            assertTrue(app.awaitReady(Duration.ofSeconds(30)), app.logText());
            stream(app);
        }
    }

    private static void stream(PackagedApp app) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port)) {
            socket.setSoTimeout(120_000);
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> send(socket));
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            String status = ChunkedHttp.line(in);
            assertTrue(status.startsWith("HTTP/1.1 200"), status);
            boolean chunked = false;
            for (String h = ChunkedHttp.line(in); !h.isEmpty(); h = ChunkedHttp.line(in)) {
                chunked |= h.equalsIgnoreCase("transfer-encoding: chunked");
            }
            assertTrue(chunked, "the answer is streamed (chunked), not buffered");
            long bytes = 0;
            int count = 0;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ChunkedHttp.Dechunk(in), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    assertTrue(line.contains("\"employeeId\":\"E" + count + "\""), "answer " + count + " out of order: " + line);
                    assertFalse(line.contains("\"INVALID\""), line);
                    bytes += line.length();
                    count++;
                }
            }
            sender.get();
            assertEquals(LINES, count);
            assertTrue(bytes > 96L * 1024 * 1024, "the answers (" + bytes + " bytes) are larger than the heap");
            assertTrue(app.process().isAlive(), app.logText());
            assertFalse(app.logText().contains("OutOfMemoryError"), app.logText());
        }
    }

    /** Writes the request with a chunked body, one chunk a line, generated as it goes. */
    private static void send(Socket socket) {
        try {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            ChunkedHttp.startNdjsonPost(out, "/api/v1/evaluations/batch?month=2024-09");
            for (int i = 0; i < LINES; i++) {
                ChunkedHttp.chunk(out, ("{\"employee\": {\"id\": \"E" + i + "\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"" + JOBS[i % JOBS.length]
                        + "\", \"establishmentType\": \"ESSMS_HANDICAP\", \"fundedBy\": [\"ASSURANCE_MALADIE\"], \"employer\": {\"idcc\": 413}, "
                        + "\"workingTime\": {\"ratio\": \"0.8\"}, \"employmentStart\": \"2019-03-01\"}}\n").getBytes(StandardCharsets.UTF_8));
            }
            ChunkedHttp.end(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


}
