package fr.segur.eligibility.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.catalog.RuleDataFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service refuses to start on a corrupted rule file, and says which file and why. */
class BrokenRuleDataIT {

    @TempDir
    Path dir;

    @Test
    void aCorruptedRuleFileStopsStartUpWithAClearMessage() throws Exception {
        RuleDataFixture broken = RuleDataFixture.copyOfShipped(dir)
                .edit("laforcade/2021-11-01.yaml", "jobFlag: LAFORCADE", "jobFlag: ASTRONAUTE").repin();
        try (PackagedApp app = PackagedApp.start(List.of("-Deligibility.rules.directory=" + broken.root()))) {
            assertFalse(app.awaitReady(Duration.ofSeconds(30)), "the service must never become ready");
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS), "the service must stop");
            assertNotEquals(0, app.process().exitValue());
            String log = app.logText();
            assertTrue(log.contains("Rule data rejected, the service will not start: laforcade/2021-11-01.yaml"), log);
            assertTrue(log.contains("unknown value 'ASTRONAUTE'"), log);
        }
    }

    @Test
    void aPublishedVersionEditedInPlaceStopsStartUp() throws Exception {
        RuleDataFixture edited = RuleDataFixture.copyOfShipped(dir).edit("bassms/2024-01-01.yaml", "euros: \"238.00\"", "euros: \"250.00\"");
        try (PackagedApp app = PackagedApp.start(List.of("-Deligibility.rules.directory=" + edited.root()))) {
            assertFalse(app.awaitReady(Duration.ofSeconds(30)));
            assertTrue(app.process().waitFor(30, TimeUnit.SECONDS));
            assertTrue(app.logText().contains("bassms/2024-01-01.yaml: content differs from the checksum pinned in SHA256SUMS"), app.logText());
        }
    }

    @Test
    void theShippedRuleDataStartsAndBecomesReady() throws Exception {
        try (PackagedApp app = PackagedApp.start(List.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(30)), "log: " + app.logText());
        }
    }
}
