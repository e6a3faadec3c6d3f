package fr.segur.eligibility.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.EvaluationRequest;
import fr.segur.eligibility.api.EvaluationResponse;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.Sector;
import fr.segur.eligibility.validation.InvalidRequestException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole DSN answered contract by contract, each answer equal to the single evaluation of the same employee. */
@QuarkusTest
class DsnServiceTest {

    @Inject
    DsnService dsn;

    @Inject
    EligibilityService single;

    @Inject
    ObjectMapper json;

    private final DsnScenario scenario = new DsnScenario();

    private DsnResponse evaluate(byte[] file, String month) throws IOException {
        return dsn.evaluate(() -> new ByteArrayInputStream(file), DsnScenario.ESTABLISHMENTS, null, month, Detail.FULL, Messages.FRENCH);
    }

    @Test
    void everyReadableContractIsAnsweredAsASingleEvaluation() throws IOException {
        DsnResponse response = evaluate(scenario.file, null);
        assertEquals("2024-09", response.month(), "the DSN's main month by default");
        assertEquals("P24V01", response.norm());
        assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B4", "B2", "B3", "C1"),
                response.results().stream().map(r -> r.result().evaluation().employeeId()).toList());
        for (DsnResult r : response.results()) {
            var employee = scenario.expected.get(r.result().evaluation().employeeId());
            if (employee == null) {
                continue;
            }
            EvaluationResponse alone = single.evaluate(new EvaluationRequest("2024-09", null, employee), Messages.FRENCH, Detail.FULL);
            assertEquals(json.valueToTree(alone), json.valueToTree(r.result().evaluation()), employee.id());
        }
        Map<String, DsnResult> byId = new java.util.HashMap<>();
        response.results().forEach(r -> byId.put(r.result().evaluation().employeeId(), r));
        assertEquals("119.01", byId.get("A2").result().evaluation().entitlement().amount(), "75.84 h part time");
        assertEquals("119.00", byId.get("A3").result().evaluation().entitlement().amount(), "entry on 16 September");
        assertEquals("119.00", byId.get("A4").result().evaluation().entitlement().amount(), "exit on 15 September");
        assertEquals("120.61", byId.get("B2").result().evaluation().entitlement().amount(), "half pay, rate 50.00 of type 021");
        assertEquals("206.76", byId.get("B4").result().evaluation().entitlement().amount(), "80 % temps partiel: 6/7");
        assertEquals(new DsnResult.Source(scenario.brokenContractLine, DsnScenario.PUBLIC_SIRET), byId.get("B3").source());
        assertEquals(DsnScenario.PRIVATE_SIRET, byId.get("A1").source().siret());
        assertEquals(7, response.summary().eligible());
        assertEquals(1, response.summary().invalid());
        assertEquals(1, response.summary().indeterminate());
    }

    @Test
    void theBrokenContractIsIsolatedByItsLineNumbers() throws IOException {
        DsnResult broken = evaluate(scenario.file, null).results().get(7);
        assertEquals(BatchResult.INVALID, broken.result().status());
        assertEquals("B3", broken.result().evaluation().employeeId());
        assertEquals(List.of("dsn:" + scenario.brokenGarbageLine, "dsn:" + scenario.brokenStartLine + ":S21.G00.40.001"),
                broken.result().errors().stream().map(FieldError::field).toList());
        assertNull(broken.audit(), "no audit for a contract that cannot be read");
    }

    @Test
    void aSiretMissingFromTheTableMakesItsContractsIndeterminateNamingIt() throws IOException {
        EvaluationResponse c1 = evaluate(scenario.file, null).results().get(8).result().evaluation();
        assertEquals("INDETERMINATE", c1.status());
        assertEquals(List.of("establishments[siret=" + DsnScenario.UNKNOWN_SIRET + "]"), c1.missingFacts());
        assertTrue(c1.warnings().stream().anyMatch(w -> w.code().equals("DSN_UNKNOWN_SIRET")
                && w.message().contains(DsnScenario.UNKNOWN_SIRET)), String.valueOf(c1.warnings()));
    }

    @Test
    void theCtiPaidToAPublicAgentIsAuditedAgainstTheCtiDue() throws IOException {
        List<DsnResult> results = evaluate(scenario.file, null).results();
        DsnResult b1 = results.get(4);
        String due = b1.result().evaluation().entitlement().amount();
        BigDecimal difference = new BigDecimal(DsnScenario.CTI_PAID).subtract(new BigDecimal(due));
        assertEquals(new DsnResult.Audit(due, DsnScenario.CTI_PAID, difference.toPlainString()), b1.audit());
        assertEquals(new DsnResult.Audit("206.76", "0.00", "-206.76"), results.get(5).audit(), "no type 022 line: nothing paid");
        assertNull(results.get(0).audit(), "no audit for a private employee without a CTI line");
    }

    @Test
    void theMonthAskedForWinsOverTheDeclaredOne() throws IOException {
        DsnResponse response = evaluate(scenario.file, "2024-10");
        assertEquals("2024-10", response.month());
        assertEquals("2024-10", response.results().get(0).result().evaluation().month());
    }

    @Test
    void lineEndsAndEncodingsMakeNoDifference() throws IOException {
        String crlf = new String(scenario.file, DsnReader.CHARSET);
        byte[] lf = crlf.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(json.valueToTree(evaluate(scenario.file, null)), json.valueToTree(evaluate(lf, null)));
    }

    @Test
    void onlyAFileThatIsNotADsnAtAllIsRefused() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> evaluate("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), null));
        assertEquals(List.of("dsn"), e.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidRequestException.class, () -> evaluate("S21.G00.40.001,'01012020'\n".getBytes(StandardCharsets.US_ASCII), null),
                "rubriques without an envelope S10.G00.00");
    }

    @Test
    void badPartsAreNamedByTheirJsonPath() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> dsn.evaluate(
                () -> new ByteArrayInputStream(scenario.file),
                "[{\"siret\": \"123\", \"sector\": \"PUBLIC_FPH\", \"establishmentType\": \"NOPE\", \"idcc\": 0}]",
                "[{\"pcsEse\": \"526a\", \"jobCode\": \"ASTRONAUTE\"}, {\"pcsEse\": \"x\", \"jobCode\": \"INFIRMIER\"}]",
                "2024-13", Detail.FULL, Messages.ENGLISH));
        assertEquals(List.of("month", "establishments[0].siret", "establishments[0].idcc", "establishments[0].establishmentType",
                        "jobs[0].jobCode", "jobs[1].pcsEse"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anEstablishmentsBassBranchDecidesAnEmployerWithoutAgreement() throws IOException {
        // IDCC 9999 (no agreement): in the branch only by its main activity, which the establishments part says.
        byte[] file = SyntheticDsn.monthly("P24V01", "01092024").establishment("111111111", "00011")
                .individual().contract("S1", "01032019", "542a", "9999").bytes();
        String without = "[{\"siret\": \"" + DsnScenario.PRIVATE_SIRET + "\", \"sector\": \"PRIVATE_NON_PROFIT\", "
                + "\"establishmentType\": \"ESSMS_HANDICAP\", \"fundedBy\": [\"ASSURANCE_MALADIE\"]";
        EvaluationResponse unknown = secretary(file, without + "}]");
        assertEquals("INDETERMINATE", unknown.status());
        assertEquals(List.of("employee.employer.bassBranch"), unknown.missingFacts());
        EvaluationResponse member = secretary(file, without + ", \"bassBranch\": true}]");
        assertEquals("ELIGIBLE", member.status());
        assertEquals("EXTENSION_2024", member.entitlement().measure());
        assertEquals("238.00", member.entitlement().amount());
        assertEquals("NOT_ELIGIBLE", secretary(file, without + ", \"bassBranch\": false}]").status());
        // The same answer as the single evaluation of the employee the DSN describes.
        Employee employee = new Employee("S1", Sector.PRIVATE_NON_PROFIT, "SECRETAIRE", "ESSMS_HANDICAP",
                List.of(Funder.ASSURANCE_MALADIE), null, null, new Employer(9999, null, true), null, null, null,
                LocalDate.of(2019, 3, 1), null);
        EvaluationResponse alone = single.evaluate(new EvaluationRequest("2024-09", null, employee), Messages.FRENCH, Detail.FULL);
        assertEquals(json.valueToTree(alone), json.valueToTree(member));
    }

    private EvaluationResponse secretary(byte[] file, String establishments) throws IOException {
        return dsn.evaluate(() -> new ByteArrayInputStream(file), establishments, null, null, Detail.FULL, Messages.FRENCH)
                .results().get(0).result().evaluation();
    }

    @Test
    void theCallersJobsOverrideTheDefaultTable() throws IOException {
        DsnResponse response = dsn.evaluate(() -> new ByteArrayInputStream(scenario.file), DsnScenario.ESTABLISHMENTS,
                "[{\"pcsEse\": \"526A\", \"jobCode\": \"MEDECIN\"}]", null, Detail.FULL, Messages.FRENCH);
        assertEquals("NOT_ELIGIBLE", response.results().get(0).result().status(), "526a read as a physician");
    }
}
