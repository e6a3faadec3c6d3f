package fr.segur.eligibility.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract spells a workforce employee out as its own schema (the validating filter treats properties outside a
 * schema as not allowed, so {@code allOf: [Employee, {paid}]} cannot validate): it must stay {@code Employee} plus
 * {@code paid}, field for field.
 */
class WorkforceContractTest {

    @Test
    void aWorkforceEmployeeIsAnEmployeeWithPaid() throws IOException {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("components").path("schemas");
        ObjectNode workforce = schemas.path("WorkforceEmployee").path("properties").deepCopy();
        assertTrue(workforce.has("paid"), "WorkforceEmployee has paid");
        workforce.remove("paid");
        assertEquals(schemas.path("Employee").path("properties"), workforce);
    }
}
