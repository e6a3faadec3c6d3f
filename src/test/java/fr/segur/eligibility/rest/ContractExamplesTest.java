package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answers the contract shows are the answers the service gives: each request example of
 * {@code components.examples} is sent and the live answer compared with its response example, field by field.
 * Each live answer is also written to {@code target/contract-examples/} to update the contract from. The HTML
 * example (the rule-set version page) is compared character for character.
 */
@QuarkusTest
class ContractExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @CsvSource({
        "/api/v1/evaluations, BassmsExtensionPartTimeRequest, BassmsExtensionPartTimeResponse",
        "/api/v1/evaluations, PublicIfseCtiEhpadNurseRequest, PublicIfseCtiEhpadNurseResponse",
        "/api/v1/evaluations, LaforcadePrivateAesRequest, LaforcadePrivateAesResponse",
        "/api/v1/evaluations, IndeterminateMissingIdccRequest, IndeterminateMissingIdccResponse",
        "/api/v1/evaluations, IfseLogistiqueVariantRequest, IfseLogistiqueVariantResponse",
        "/api/v1/evaluations/batch, BatchJsonRequest, BatchJsonResponse",
        "/api/v1/evaluations/schedule, ScheduleRequestExample, ScheduleResponseExample"})
    void theExampleAnswerIsTheLiveAnswer(String path, String request, String response) throws Exception {
        JsonNode examples = YAML.readTree(new File("openapi/openapi.yaml"))
                .get("components").get("examples");
        String answer = given().contentType(ContentType.JSON).body(JSON.writeValueAsString(examples.get(request).get("value")))
                .when().post(path).then().statusCode(200).extract().asString();
        JsonNode live = JSON.readTree(answer);
        Path written = Path.of("target/contract-examples/" + response + ".json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live));
        assertEquals(examples.get(response).get("value"), live, response);
    }

    @Test
    void theHtmlExampleIsTheLivePage() throws Exception {
        JsonNode example = YAML.readTree(new File("openapi/openapi.yaml")).get("paths")
                .get("/api/v1/rulesets/{id}/versions/{version}").get("get").get("responses").get("200")
                .get("content").get("text/html").get("example");
        String page = given().accept("text/html").when().get("/api/v1/rulesets/bassms/versions/2024-01-01")
                .then().statusCode(200).extract().asString();
        Path written = Path.of("target/contract-examples/RuleSetVersionPage.html");
        Files.createDirectories(written.getParent());
        Files.writeString(written, page);
        assertEquals(example.asText(), page, "the contract's HTML example of bassms 2024-01-01");
    }
}
