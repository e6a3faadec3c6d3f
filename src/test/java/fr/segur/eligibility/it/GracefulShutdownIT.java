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
                out.write(("POST /api/v1/evaluations/batch?month=2024-09 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-ndjson\r\nAccept: application/x-ndjson\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                InputStream in = new BufferedInputStream(socket.getInputStream());
                send(out, 0, LINES / 2);
                String status = line(in);
                assertTrue(status.startsWith("HTTP/1.1 200"), status);

                app.process().destroy(); // SIGTERM, with the first half sent and being answered
                Thread.sleep(500);
                send(out, LINES / 2, LINES);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();

                while (!line(in).isEmpty()) {
                    // response headers
                }
                int answered = 0;
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(new Dechunk(in), StandardCharsets.UTF_8))) {
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
            byte[] line = ("{\"employee\": {\"id\": \"G" + i + "\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", "
                    + "\"establishmentType\": \"EHPAD\"}}\n").getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(line);
            out.write(new byte[] {'\r', '\n'});
        }
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    /** Decodes an HTTP/1.1 chunked body. */
    private static final class Dechunk extends InputStream {
        private final InputStream in;
        private int left;
        private boolean done;

        Dechunk(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line(in);
                if (size.isEmpty()) {
                    size = line(in);
                }
                left = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (left == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
