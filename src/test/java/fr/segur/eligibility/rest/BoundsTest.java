package fr.segur.eligibility.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.segur.eligibility.api.Bounds;
import java.io.File;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One source of truth for bounds: {@link Bounds}, which the annotations use, says what the contract says. */
class BoundsTest {

    private static JsonNode schemas;

    @BeforeAll
    static void read() throws Exception {
        schemas = new ObjectMapper(new YAMLFactory()).readTree(new File("openapi/openapi.yaml")).get("components").get("schemas");
    }

    private static JsonNode property(String schema, String name) {
        return schemas.get(schema).get("properties").get(name);
    }

    @Test
    void textsAndLists() {
        assertEquals(Bounds.MAX_TEXT, property("Employee", "id").get("maxLength").asInt());
        assertEquals(Bounds.MAX_LIST, property("Employee", "fundedBy").get("maxItems").asInt());
        for (String request : new String[] {"EvaluationRequest", "BatchRequest", "ScheduleRequest"}) {
            assertEquals(Bounds.MAX_LIST, property(request, "ruleSets").get("maxItems").asInt(), request);
        }
    }

    @Test
    void numbersAndMonths() {
        assertEquals(Bounds.MIN_IDCC, property("Employer", "idcc").get("minimum").asInt());
        assertEquals(Bounds.MAX_IDCC, property("Employer", "idcc").get("maximum").asInt());
        assertEquals(0, new BigDecimal(Bounds.MAX_RATIO).compareTo(schemas.get("WorkingTimeRatio").get("oneOf").get(1).get("maximum").decimalValue()));
        assertEquals(0, new BigDecimal(Bounds.MAX_HOURS).compareTo(schemas.get("MonthlyHours").get("oneOf").get(1).get("maximum").decimalValue()));
        assertEquals(Bounds.MONTH_PATTERN, property("EvaluationRequest", "month").get("pattern").asText());
        assertEquals(Bounds.MONTH_PATTERN, property("ScheduleRequest", "from").get("pattern").asText());
    }
}
