package fr.segur.eligibility.rest;

import fr.segur.eligibility.rest.filter.RequestHeadersFilter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** New correlation ids are well-formed random UUIDs (version 4, IETF variant), and do not repeat. */
class RequestIdTest {

    @Test
    void newIdsAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestHeadersFilter.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(uuid.toString(), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
