package fr.segur.eligibility.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * An unexpected error is logged at ERROR by its type and the line that threw; its message (which may quote the
 * request) and its stack trace stay at DEBUG.
 */
@QuarkusTest
class ErrorLogTest {

    @Test
    void anUnexpectedErrorLogsNeitherItsMessageNorItsStackAtInfoOrAbove() {
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                    records.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // UnexpectedErrorTest.FailingResource throws IllegalStateException("secret internal detail E-SENTINEL-42")
            given().when().get("/test-only/failing").then().statusCode(500);
        } finally {
            root.removeHandler(capture);
        }
        String logged = String.join("\n", records.stream().map(r -> String.valueOf(r.getMessage())
                + " " + (r.getParameters() == null ? "" : List.of(r.getParameters()))).toList());
        assertTrue(logged.contains("Unexpected error on /test-only/failing: java.lang.IllegalStateException at"), logged);
        assertFalse(logged.contains("E-SENTINEL-42"), logged);
        assertTrue(records.stream().allMatch(r -> r.getThrown() == null), "no stack trace at INFO or above");
    }
}
