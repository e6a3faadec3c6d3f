package fr.segur.eligibility.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.segur.eligibility.client.ApiClient;
import fr.segur.eligibility.client.api.EvaluationsApi;
import fr.segur.eligibility.client.api.RuleSetsApi;
import fr.segur.eligibility.client.model.BatchRequest;
import fr.segur.eligibility.client.model.BatchResponse;
import fr.segur.eligibility.client.model.BatchResult;
import fr.segur.eligibility.client.model.BatchResultStatus;
import fr.segur.eligibility.client.model.BatchSummary;
import fr.segur.eligibility.client.model.Employee;
import fr.segur.eligibility.client.model.Employer;
import fr.segur.eligibility.client.model.Entitlement;
import fr.segur.eligibility.client.model.EstablishmentTypeCode;
import fr.segur.eligibility.client.model.EvaluationRequest;
import fr.segur.eligibility.client.model.EvaluationResponse;
import fr.segur.eligibility.client.model.EvaluationStatus;
import fr.segur.eligibility.client.model.Funder;
import fr.segur.eligibility.client.model.JobCode;
import fr.segur.eligibility.client.model.Measure;
import fr.segur.eligibility.client.model.RuleSet;
import fr.segur.eligibility.client.model.RuleSetId;
import fr.segur.eligibility.client.model.RuleSetVersion;
import fr.segur.eligibility.client.model.ScheduleMonth;
import fr.segur.eligibility.client.model.ScheduleRequest;
import fr.segur.eligibility.client.model.ScheduleResponse;
import fr.segur.eligibility.client.model.Sector;
import fr.segur.eligibility.client.model.WorkingTime;
import fr.segur.eligibility.client.model.WorkingTimeRatio;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service called only through the Java client generated from {@code openapi/openapi.yaml} at build
 * time, strict on unknown properties: a field the service sends and the contract does not declare, a value outside
 * a contract enum, or a type mismatch fails this test.
 */
class ContractClientIT {

    private static PackagedApp app;
    private static EvaluationsApi evaluations;
    private static RuleSetsApi ruleSets;

    // PackagedApp starts the jar with authentication off (AuthPackagedAppIT covers the bearer token).
    @BeforeAll
    static void startTheService() throws Exception {
        app = PackagedApp.start(List.of());
        assertTrue(app.awaitReady(Duration.ofSeconds(60)), () -> "not ready; log: " + logOf(app));
        ApiClient client = new ApiClient(HttpClient.newBuilder(), strictMapper(), app.uri("").toString());
        evaluations = new EvaluationsApi(client);
        ruleSets = new RuleSetsApi(client);
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The generator's own mapper ignores unknown properties; the contract test must not. */
    private static ObjectMapper strictMapper() {
        return ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Test
    void theStrictMapperRejectsAFieldTheContractDoesNotDeclare() {
        assertThrows(UnrecognizedPropertyException.class, () -> strictMapper()
                .readValue("{\"total\": 1, \"eligible\": 1, \"notEligible\": 0, \"indeterminate\": 0, \"invalid\": 0, \"skipped\": 0}",
                        BatchSummary.class));
    }

    /** Worked example 9 of the domain document: CCN 66 secretary at 80 %, 2024. */
    @Test
    void oneEmployee() throws Exception {
        EvaluationResponse answer = evaluations.evaluate(new EvaluationRequest().month("2024-09")
                .ruleSets(List.of(RuleSetId.BASSMS, RuleSetId.LAFORCADE)).employee(secretary("E-000123", "0.8")), null, null, null);

        assertEquals("2024-09", answer.getMonth());
        assertEquals("E-000123", answer.getEmployeeId());
        assertEquals(EvaluationStatus.ELIGIBLE, answer.getStatus());
        Entitlement entitlement = answer.getEntitlement();
        assertEquals("EXTENSION_2024", entitlement.getMeasure());
        assertEquals("bassms", entitlement.getRuleSet().getId());
        assertEquals("2024-01-01-r2", entitlement.getRuleSet().getVersion());
        assertEquals("190.40", answer.getTotalAmount());
        assertEquals(List.of("EXTENSION_2024"), answer.getEntitlements().stream().map(Entitlement::getMeasure).toList());
        assertEquals("238.00", entitlement.getFullTimeAmount());
        assertEquals("0.8", entitlement.getWorkingTimeFactor());
        assertEquals("190.40", entitlement.getAmount());
        assertEquals(LocalDate.of(2024, 1, 1), entitlement.getEffectiveDate());
        assertEquals(Set.of("bassms", "laforcade"),
                answer.getDecisions().stream().map(d -> d.getRuleSet()).collect(Collectors.toSet()));
        assertTrue(answer.getMissingFacts().isEmpty(), answer.toString());
    }

    /** Worked examples 9 (full time) and 4, then a ratio above 1: in order, summarised, the invalid one named. */
    @Test
    void aJsonBatch() throws Exception {
        Employee nurse = new Employee().id("B").sector(Sector.PUBLIC_FPH).jobCode(JobCode.INFIRMIER)
                .establishmentType(EstablishmentTypeCode.EHPAD).employmentStart(LocalDate.of(2015, 1, 1));
        BatchResponse answer = evaluations.evaluateBatch(new BatchRequest().month("2024-09")
                .employees(List.of(secretary("A", null), nurse, secretary("C", "1.2"))), null, null, null, null, null);

        assertEquals("2024-09", answer.getMonth());
        List<BatchResult> results = answer.getResults();
        assertEquals(List.of(0, 1, 2), results.stream().map(BatchResult::getIndex).collect(Collectors.toList()));
        assertEquals(List.of("A", "B", "C"), results.stream().map(BatchResult::getEmployeeId).collect(Collectors.toList()));

        assertEquals(BatchResultStatus.ELIGIBLE, results.get(0).getStatus());
        assertEquals("EXTENSION_2024", results.get(0).getEntitlement().getMeasure());
        assertEquals("238.00", results.get(0).getEntitlement().getAmount());

        assertEquals(BatchResultStatus.ELIGIBLE, results.get(1).getStatus());
        assertEquals("CTI_SANTE_2020", results.get(1).getEntitlement().getMeasure());
        assertEquals("241.22", results.get(1).getEntitlement().getAmount());
        assertEquals(LocalDate.of(2020, 9, 1), results.get(1).getEntitlement().getEffectiveDate());

        BatchResult invalid = results.get(2);
        assertEquals(BatchResultStatus.INVALID, invalid.getStatus());
        assertNull(invalid.getEntitlement());
        assertEquals(List.of("employees[2].workingTime.ratio"),
                invalid.getErrors().stream().map(e -> e.getField()).collect(Collectors.toList()));

        BatchSummary summary = answer.getSummary();
        assertEquals(List.of(3, 2, 0, 0, 1), List.of(summary.getTotal(), summary.getEligible(),
                summary.getNotEligible(), summary.getIndeterminate(), summary.getInvalid()));
    }

    /** The 2024 extension starts in January; March was already paid, so the arrears are January and February. */
    @Test
    void aScheduleWithArrears() throws Exception {
        ScheduleResponse answer = evaluations.schedule(new ScheduleRequest().from("2023-12").to("2024-03")
                .paid(Map.of("2024-03", "238.00")).employee(secretary("S", null)), null, null);

        assertEquals("S", answer.getEmployeeId());
        List<ScheduleMonth> months = answer.getMonths();
        assertEquals(List.of("2023-12", "2024-01", "2024-02", "2024-03"),
                months.stream().map(ScheduleMonth::getMonth).collect(Collectors.toList()));
        assertEquals(EvaluationStatus.NOT_ELIGIBLE, months.get(0).getStatus());
        assertEquals(List.of("0.00", "238.00", "238.00", "238.00"),
                months.stream().map(ScheduleMonth::getDue).collect(Collectors.toList()));
        assertEquals(List.of("0.00", "238.00", "238.00", "0.00"),
                months.stream().map(ScheduleMonth::getBalance).collect(Collectors.toList()));
        assertEquals(LocalDate.of(2024, 1, 1), months.get(1).getEffectiveDate());
        assertEquals("714.00", answer.getTotals().getDue());
        assertEquals("238.00", answer.getTotals().getPaid());
        assertEquals("476.00", answer.getTotals().getBalance());
    }

    @Test
    void ruleSetsAndOneVersion() throws Exception {
        List<RuleSet> all = ruleSets.listRuleSets();
        assertEquals(Set.of("public-ifse", "bassms", "laforcade"), all.stream().map(RuleSet::getId).collect(Collectors.toSet()));

        RuleSetVersion version = ruleSets.getRuleSetVersion("bassms", "2024-01-01-r2");
        assertEquals("2024-01-01-r2", version.getVersion());
        assertEquals("2024-01-01", version.getSupersedes());
        assertEquals("2024-01-01-r2", ruleSets.getRuleSetVersion("bassms", "2024-01-01").getSupersededBy());
        assertEquals(LocalDate.of(2024, 1, 1), version.getEffectiveFrom());
        Measure extension = version.getMeasures().stream().filter(m -> m.getCode().equals("EXTENSION_2024")).findFirst()
                .orElseThrow(() -> new AssertionError("no EXTENSION_2024 in " + version.getMeasures()));
        assertEquals("238.00", extension.getAmount().getEuros());
        assertTrue(version.getChecksum().matches("sha256:[0-9a-f]{64}"), version.getChecksum());

        // the checksum an answer cites is the one of the version served
        EvaluationResponse answer = evaluations.evaluate(new EvaluationRequest().month("2024-09")
                .ruleSets(List.of(RuleSetId.BASSMS)).employee(secretary("E", null)), null, null, null);
        assertEquals(version.getChecksum(), answer.getEntitlement().getRuleSet().getChecksum());
        assertEquals(version.getChecksum(), ruleSets.getRuleSet("bassms").getVersions().stream()
                .filter(v -> v.getVersion().equals("2024-01-01-r2")).findFirst().orElseThrow().getChecksum());
    }

    /** A secretary of a CCN 66 association (IDCC 413) for disabled people; ratio null means full time. */
    private static Employee secretary(String id, String ratio) {
        Employee employee = new Employee().id(id).sector(Sector.PRIVATE_NON_PROFIT).jobCode(JobCode.SECRETAIRE)
                .establishmentType(EstablishmentTypeCode.ESSMS_HANDICAP).fundedBy(Set.of(Funder.ASSURANCE_MALADIE))
                .employer(new Employer().idcc(413)).employmentStart(LocalDate.of(2019, 3, 1));
        return ratio == null ? employee : employee.workingTime(new WorkingTime().ratio(new WorkingTimeRatio(ratio)));
    }

    private static String logOf(PackagedApp app) {
        try {
            return app.logText();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
