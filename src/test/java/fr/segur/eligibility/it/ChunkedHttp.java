package fr.segur.eligibility.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal full-duplex HTTP/1.1 client over a raw socket, for streaming tests: the JDK client sends the whole
 * body before it reads, which a service that answers while it reads would deadlock.
 */
final class ChunkedHttp {

    private ChunkedHttp() {
    }

    /** Writes the head of a chunked NDJSON POST. */
    static void startNdjsonPost(OutputStream out, String pathAndQuery) throws IOException {
        out.write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-ndjson\r\nAccept: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes one chunk. */
    static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write(new byte[] {'\r', '\n'});
    }

    /** Writes the last chunk and flushes. */
    static void end(OutputStream out) throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one line of the response head, without its CR LF. */
    static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    /** Decodes an HTTP/1.1 chunked body. */
    static final class Dechunk extends InputStream {
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
