package fr.segur.eligibility.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into lines without decoding them, for the JSON parser to read in place. A line ends at
 * {@code \n}, {@code \r} or {@code \r\n} (as {@link java.io.BufferedReader#readLine()} counts them); a line longer
 * than the limit is reported as such and its remainder skipped without being buffered, so one endless line cannot
 * take the heap.
 */
public final class NdjsonLines {

    private static final int READ_SIZE = 1 << 16;

    private final InputStream in;
    private final int maxLength;
    private byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to the same line end. */
    private boolean afterCarriageReturn;

    private int number;
    private int start;
    private int length;
    private boolean tooLong;

    public NdjsonLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
        this.buffer = new byte[(int) Math.min(READ_SIZE, maxLength + 1L)];
    }

    /** Moves to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        tooLong = false;
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if ((pos < limit || fill()) && buffer[pos] == '\n') {
                pos++;
            }
        }
        int scan = pos;
        while (true) {
            int end = endOfLine(scan);
            if (end >= 0) {
                return line(pos, end - pos, end + 1, buffer[end] == '\r');
            }
            if (limit - pos > maxLength) {
                return skipLongLine();
            }
            int scanned = limit - pos;
            if (!fill()) {
                // The last line may lack its line end.
                return pos < limit && line(pos, limit - pos, limit, false);
            }
            scan = pos + scanned;
        }
    }

    /** The line's number, from 1, counting blank lines. */
    public int number() {
        return number;
    }

    /** The buffer holding the line (valid until the next call to {@link #next()}), unless it is too long. */
    public byte[] bytes() {
        return buffer;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    /** The line was longer than the limit: it has been skipped and is not available. */
    public boolean tooLong() {
        return tooLong;
    }

    /** The line holds only white space (the blank lines NDJSON writers leave, which are not answered). */
    public boolean blank() {
        for (int i = start; i < start + length; i++) {
            byte b = buffer[i];
            if (b < 0) {
                // Non-ASCII: decide as String.isBlank does, on the decoded text.
                return new String(buffer, start, length, java.nio.charset.StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private boolean line(int from, int len, int next, boolean carriageReturn) {
        number++;
        start = from;
        length = len;
        pos = next;
        afterCarriageReturn = carriageReturn;
        return true;
    }

    private int endOfLine(int from) {
        byte[] b = buffer;
        for (int i = from; i < limit; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Reads on past the limit up to the line end, keeping nothing. */
    private boolean skipLongLine() throws IOException {
        number++;
        tooLong = true;
        start = 0;
        length = 0;
        pos = limit;
        while (pos < limit || fill()) {
            int end = endOfLine(pos);
            if (end >= 0) {
                pos = end + 1;
                afterCarriageReturn = buffer[end] == '\r';
                return true;
            }
            pos = limit;
        }
        return true;
    }

    /**
     * Reads more bytes after those not consumed yet, moving them to the front and growing the buffer up to the
     * limit if the line needs it; false at the end of the stream.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, maxLength + 1L));
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }
}
