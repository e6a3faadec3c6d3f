package fr.segur.eligibility.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * Installed for every {@code @QuarkusTest} (META-INF/services), so that no HTTP test can forget it: every REST
 * Assured request and every answer is validated against {@code openapi/openapi.yaml}, and a test fails on the first
 * difference. Tests marked {@link SendsInvalidRequests} have only their answers validated.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final String CONTRACT = Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString();

    /** Parsed once per class loader: reading the contract takes longer than most tests. */
    private static final class Filters {
        static final OpenApiInteractionValidator VALIDATOR = validator();
        static final Filter STRICT = new ContractFilter(VALIDATOR, false);
        static final Filter ANSWERS_ONLY = new ContractFilter(VALIDATOR, true);
    }

    /**
     * Validates the request (unless {@code answersOnly}: a hostile request is not even read, its schema check would
     * cost more than the test), sends it, then validates the answer against the operation of the request's path.
     */
    private record ContractFilter(OpenApiInteractionValidator validator, boolean answersOnly) implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                               FilterContext ctx) {
            Request request = RestAssuredRequest.of(requestSpec);
            if (!answersOnly) {
                assertValid("request", validator.validateRequest(request));
            }
            Response response = ctx.next(requestSpec, responseSpec);
            if (response.statusCode() == 405) {
                // A method the address does not answer has no operation to hold its answer to (MethodNotAllowed).
                return response;
            }
            assertValid("answer " + response.statusCode(),
                    validator.validateResponse(request.getPath(), request.getMethod(), RestAssuredResponse.of(response)));
            return response;
        }

        private static void assertValid(String what, ValidationReport report) {
            if (report.hasErrors()) {
                throw new AssertionError("The " + what + " does not follow openapi/openapi.yaml:\n"
                        + SimpleValidationReportFormat.getInstance().apply(report));
            }
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(List.of(sendsInvalidRequests(context) ? Filters.ANSWERS_ONLY : Filters.STRICT));
    }

    private static boolean sendsInvalidRequests(QuarkusTestMethodContext context) {
        Method method = context.getTestMethod();
        Object instance = context.getTestInstance();
        return method.isAnnotationPresent(SendsInvalidRequests.class)
                || (instance != null && instance.getClass().isAnnotationPresent(SendsInvalidRequests.class));
    }

    private static OpenApiInteractionValidator validator() {
        LevelResolver levels = LevelResolver.create()
                // /q/health, /q/metrics, /q/openapi... are Quarkus' own, outside the API contract.
                .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                // Tests run without authentication (eligibility.auth.enabled is off in the test profile).
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .build();
        return OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).withLevelResolver(levels).build();
    }
}
