package fr.segur.eligibility.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataLoader;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.config.JsonAccessors;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import fr.segur.eligibility.mapping.FactsMapper;
import fr.segur.eligibility.rules.EmployeeFacts;
import fr.segur.eligibility.rules.Evaluator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The service wired by hand, outside Quarkus, and a mix of realistic requests taken from the legal cases:
 * a public EHPAD nurse, a CCN 66 secretary, a socio-educational agent, a Laforcade AES, an employee of a
 * for-profit establishment (not eligible) and one whose collective agreement is missing (indeterminate).
 */
final class BenchFixtures {

    static final List<String> REQUESTS = List.of(
            """
            {"month":"2024-09","employee":{"id":"B-NURSE","sector":"PUBLIC_FPH","jobCode":"INFIRMIER",\
            "establishmentType":"EHPAD","employmentStart":"2015-01-01"}}""",
            """
            {"month":"2024-09","ruleSets":["bassms","laforcade"],"employee":{"id":"B-SECRETARY",\
            "sector":"PRIVATE_NON_PROFIT","jobCode":"SECRETAIRE","establishmentType":"ESSMS_HANDICAP",\
            "fundedBy":["ASSURANCE_MALADIE"],"employer":{"idcc":413},"workingTime":{"ratio":"0.8"},\
            "employmentStart":"2019-03-01"}}""",
            """
            {"month":"2023-09","employee":{"id":"B-SOCIAL","sector":"PUBLIC_FPT","jobCode":"AGENT_SOCIAL",\
            "establishmentType":"PROTECTION_ENFANCE","employmentStart":"2018-09-01"}}""",
            """
            {"month":"2022-07","employee":{"id":"B-AES","sector":"PRIVATE_NON_PROFIT","jobCode":"AES",\
            "establishmentType":"ESSMS_HANDICAP","fundedBy":["ASSURANCE_MALADIE"],"employer":{"idcc":413},\
            "employmentStart":"2017-09-01"}}""",
            """
            {"month":"2024-09","employee":{"id":"B-COOK","sector":"PRIVATE_FOR_PROFIT","jobCode":"CUISINIER",\
            "establishmentType":"EHPAD","employmentStart":"2012-05-01"}}""",
            """
            {"month":"2024-09","employee":{"id":"B-UNKNOWN","sector":"PRIVATE_NON_PROFIT","jobCode":"CUISINIER",\
            "establishmentType":"EHPAD"}}""");

    final RuleCatalog catalog = new RuleDataLoader(RuleSource.classpath("rulesets")).load();
    final Evaluator evaluator = new Evaluator(catalog.book());
    /** Configured as Quarkus configures its ObjectMapper, with the service's accessors customizer. */
    final ObjectMapper mapper = withAccessors(new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS));
    final EligibilityService service;
    final FactsMapper factsMapper = new FactsMapper(catalog.reference());

    private static ObjectMapper withAccessors(ObjectMapper mapper) {
        new JsonAccessors().customize(mapper);
        return mapper;
    }

    BenchFixtures() {
        service = new EligibilityService(evaluator, catalog, Clock.system(ZoneId.of("Europe/Paris")),
                new EvaluationMetrics(new SimpleMeterRegistry()), jakarta.validation.Validation.byDefaultProvider().configure()
                        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                        .buildValidatorFactory().getValidator());
    }

    byte[][] requestBytes() {
        return REQUESTS.stream().map(r -> r.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    EvaluationRequest request(byte[] bytes) {
        try {
            return mapper.readValue(bytes, EvaluationRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's input for a request: month, rule sets and facts, as the service computes them. */
    record EngineInput(YearMonth month, List<String> ruleSets, EmployeeFacts facts) {
    }

    EngineInput engineInput(byte[] bytes) {
        EvaluationRequest r = request(bytes);
        return new EngineInput(service.month(r.month()), service.ruleSets(r.ruleSets()), factsMapper.toFacts(r.employee()));
    }
}
