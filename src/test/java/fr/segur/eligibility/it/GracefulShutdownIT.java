package fr.segur.eligibility.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stopping the service (SIGTERM, as Kubernetes does) while a payroll is streaming: the stream in flight is
 * answered to its last line within quarkus.shutdown.timeout, then the process exits.
 */
class GracefulShutdownIT {

    private static final int LINES = 3_000;

    @Test
    void aStreamInFlightFinishesBeforeTheServiceStops() throws Exception {
        try (PackagedApp app = PackagedApp.start(List.of("-Dquarkus.shutdown.timeout=20S"))) {
            assertTrue(app.awaitReady(Duration.ofSeconds(30)), app.logText());
            try (Socket socket = new Socket("127.0.0.1", app.port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                ChunkedHttp.startNdjsonPost(out, "/api/v1/evaluations/batch?month=2024-09");
                InputStream in = new BufferedInputStream(socket.getInputStream());
                send(out, 0, LINES / 2);
                String status = ChunkedHttp.line(in);
                assertTrue(status.startsWith("HTTP/1.1 200"), status);

                app.process().destroy(); // SIGTERM, with the first half sent and being answered
                Thread.sleep(500);
                send(out, LINES / 2, LINES);
                ChunkedHttp.end(out);

                while (!ChunkedHttp.line(in).isEmpty()) {
                    // response headers
                }
                int answered = 0;
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ChunkedHttp.Dechunk(in), StandardCharsets.UTF_8))) {
                    String answer;
                    while ((answer = reader.readLine()) != null) {
                        assertTrue(answer.contains("\"employeeId\":\"G" + answered + "\""), answer);
                        answered++;
                    }
                }
                assertEquals(LINES, answered, "every line of the stream in flight is answered");
            }
            assertTrue(app.process().waitFor(25, TimeUnit.SECONDS), "the service stops within its grace period");
            assertTrue(app.logText().contains("stopped in"), app.logText());
        }
    }

    private static void send(OutputStream out, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            ChunkedHttp.chunk(out, ("{\"employee\": {\"id\": \"G" + i + "\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", "
                    + "\"establishmentType\": \"EHPAD\"}}\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }


}
