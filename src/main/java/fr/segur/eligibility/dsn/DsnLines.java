package fr.segur.eligibility.dsn;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text stream, ended by LF or CR LF. A line is kept up to {@link #MAX_LENGTH} characters and the
 * rest skipped unread, so that a file without line ends (not a DSN) never becomes one huge string.
 */
final class DsnLines {

    /** A rubrique line is at most a few hundred characters (the longest value is 255). */
    static final int MAX_LENGTH = 1024;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder(128);
    private int position;
    private int length;
    private int number;

    DsnLines(Reader in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == length) {
                length = Math.max(in.read(buffer, 0, buffer.length), 0);
                position = 0;
                if (length == 0) {
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = position;
            while (position < length && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < length) {
                position++;
                return finish();
            }
        }
    }

    /** The number of the line last returned, from 1. */
    int number() {
        return number;
    }

    private void append(int start, int count) {
        int room = MAX_LENGTH + 1 - line.length();
        if (room > 0) {
            line.append(buffer, start, Math.min(count, room));
        }
    }

    private String finish() {
        number++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return line.substring(0, end);
    }
}
