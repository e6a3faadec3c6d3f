package fr.segur.eligibility.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Published rule-set versions are immutable: every version file is pinned in SHA256SUMS and its content
 * still has the pinned checksum. Editing a published file fails here; publish a new version instead.
 */
class PublishedVersionsTest {

    @Test
    void everyVersionFileIsPinnedAndUnchanged() throws Exception {
        Path root = RuleDataFixture.SHIPPED;
        Map<String, String> pinned = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve(RuleDataLoader.CHECKSUMS))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\\s+", 2);
                pinned.put(parts[1], parts[0]);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}(-r\\d+)?\\.yaml")).toList()) {
                actual.put(root.relativize(f).toString().replace('\\', '/'), RuleDataLoader.sha256(Files.readAllBytes(f)));
            }
        }
        assertTrue(actual.size() >= 24, "version files found: " + actual.keySet());
        assertEquals(pinned, actual, "SHA256SUMS pins exactly the version files, with their current content");
    }
}
