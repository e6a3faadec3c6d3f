package fr.segur.eligibility.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are cut as BufferedReader.readLine cuts them, whatever the read sizes; a line over the limit is skipped. */
class NdjsonLinesTest {

    /** Hands out at most {@code step} bytes a read, so lines and line ends straddle the buffer. */
    private static InputStream trickle(String text, int step) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> lines(String text, int max, int step) throws IOException {
        NdjsonLines lines = new NdjsonLines(trickle(text, step), max);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(lines.number() + ":" + (lines.tooLong() ? "TOO LONG"
                    : new String(lines.bytes(), lines.start(), lines.length(), StandardCharsets.UTF_8) + (lines.blank() ? " (blank)" : "")));
        }
        return out;
    }

    @Test
    void lineEndsAsReadLine() throws IOException {
        String text = "{\"a\":1}\r\n\n  \r{\"é\":2}\r\r\n{\"c\":3}";
        List<String> expected = List.of("1:{\"a\":1}", "2: (blank)", "3:   (blank)", "4:{\"é\":2}", "5: (blank)", "6:{\"c\":3}");
        for (int step : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(expected, lines(text, 100, step), "read size " + step);
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextOnesRead() throws IOException {
        String text = "ab\n" + "x".repeat(50) + "\r\ncd\n" + "y".repeat(11) + "\n" + "z".repeat(10);
        for (int step : new int[] {1, 4, 1 << 16}) {
            assertEquals(List.of("1:ab", "2:TOO LONG", "3:cd", "4:TOO LONG", "5:" + "z".repeat(10)), lines(text, 10, step), "read size " + step);
        }
        assertEquals(List.of("1:TOO LONG"), lines("w".repeat(100), 10, 3), "an endless last line");
    }
}
