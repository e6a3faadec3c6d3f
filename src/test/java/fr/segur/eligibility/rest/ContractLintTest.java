package fr.segur.eligibility.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lints {@code openapi/openapi.yaml} in the build, as the integrators' tools (Spectral, Redocly) do: it parses with
 * every reference resolved, every operation declares its security (public ones {@code security: []}), {@code info}
 * names a contact and a licence, and every property says what it is.
 */
class ContractLintTest {

    private static final String CONTRACT = "openapi/openapi.yaml";

    private static SwaggerParseResult parse(boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        return new OpenAPIV3Parser().readLocation(CONTRACT, null, options);
    }

    @Test
    void parsesWithoutErrorsAndEveryReferenceResolves() {
        SwaggerParseResult result = parse(true);
        assertEquals(List.of(), result.getMessages());
        assertNotNull(result.getOpenAPI());
    }

    @Test
    void everyOperationDeclaresItsSecurity() {
        List<String> missing = new ArrayList<>();
        parse(false).getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, op) -> {
            if (op.getSecurity() == null) {
                missing.add(verb + " " + path);
            } else if (verb == io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
                assertEquals(List.of(), op.getSecurity(), "a public operation says security: [] " + path);
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void infoNamesAContactAndALicence() {
        OpenAPI api = parse(false).getOpenAPI();
        assertNotNull(api.getInfo().getContact(), "info.contact");
        assertNotNull(api.getInfo().getContact().getUrl(), "info.contact.url");
        assertNotNull(api.getInfo().getLicense(), "info.license");
        assertNotNull(api.getInfo().getLicense().getName(), "info.license.name");
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        parse(false).getOpenAPI().getComponents().getSchemas().forEach((name, schema) -> walk(name, schema, undescribed));
        assertEquals(List.of(), undescribed);
    }

    @Test
    void everyOperationHasAnIdAndASummary() {
        for (Map.Entry<String, io.swagger.v3.oas.models.PathItem> path : parse(false).getOpenAPI().getPaths().entrySet()) {
            for (Operation op : path.getValue().readOperations()) {
                assertNotNull(op.getOperationId(), path.getKey());
                assertTrue(op.getSummary() != null && !op.getSummary().isBlank(), path.getKey());
            }
        }
    }

    /** A property given by {@code $ref} is described by the schema it names (OpenAPI 3.0 ignores siblings of $ref). */
    @SuppressWarnings("rawtypes")
    private static void walk(String where, Schema<?> schema, List<String> undescribed) {
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                Schema<?> property = p.getValue();
                if (property.get$ref() == null && (property.getDescription() == null || property.getDescription().isBlank())) {
                    undescribed.add(where + "." + p.getKey());
                }
                walk(where + "." + p.getKey(), property, undescribed);
            }
        }
        if (schema.getItems() != null) {
            walk(where + "[]", schema.getItems(), undescribed);
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            walk(where + ".*", values, undescribed);
        }
    }
}
