package fr.segur.eligibility.dsn;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.Employer;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.PayRate;
import fr.segur.eligibility.rules.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DSN of September 2024 of the tests: three establishments (a private handicap ESMS, a public EHPAD, one the
 * caller did not describe), part-time, mid-month entry and exit, a public agent's sick leave at half pay, a CTI
 * line, a broken contract; and, for each readable contract, the employee a single evaluation would be sent.
 */
final class DsnScenario {

    static final String PRIVATE_SIRET = "11111111100011";
    static final String PUBLIC_SIRET = "22222222200022";
    static final String UNKNOWN_SIRET = "33333333300033";
    static final String ESTABLISHMENTS = "[{\"siret\": \"" + PRIVATE_SIRET + "\", \"sector\": \"PRIVATE_NON_PROFIT\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"fundedBy\": [\"ASSURANCE_MALADIE\"]},"
            + " {\"siret\": \"" + PUBLIC_SIRET + "\", \"sector\": \"PUBLIC_FPH\", \"establishmentType\": \"EHPAD\"}]";
    static final String CTI_PAID = "200.00";

    final byte[] file;
    /** Contract number → the employee a single evaluation would be sent; in file order. */
    final Map<String, Employee> expected = new LinkedHashMap<>();
    final int brokenContractLine;
    final int brokenStartLine;
    final int brokenGarbageLine;

    DsnScenario() {
        SyntheticDsn dsn = SyntheticDsn.monthly("P24V01", "01092024").establishment("111111111", "00011");
        dsn.individual().contract("A1", "01032019", "526a", "0413");
        expect("A1", privateEmployee("A1", "AIDE_SOIGNANT", null, "2019-03-01", null));
        dsn.individual().contract("A2", "01032019", "542a", "0413", Map.of("013", "75.84", "014", "20"));
        expect("A2", privateEmployee("A2", "SECRETAIRE", new WorkingTimeInput(null, new BigDecimal("75.84")), "2019-03-01", null));
        dsn.individual().contract("A3", "16092024", "526d", "0413");
        expect("A3", privateEmployee("A3", "AMP", null, "2024-09-16", null));
        dsn.individual().contract("A4", "01012015", "526a", "0413").end("15092024");
        expect("A4", privateEmployee("A4", "AIDE_SOIGNANT", null, "2015-01-01", "2024-09-15"));

        dsn.establishment("222222222", "00022");
        dsn.individual().contract("B1", "01012015", "431f", "9999")
                .contract("B4", "01012016", "526a", "9999", Map.of("014", "20", "053", "01", "055", "80.00"))
                .versement("30092024", "1500.00")
                .pay("01092024", "30092024", "B1", "022", CTI_PAID, null)
                .pay("01092024", "30092024", "B4", "001", "1500.00", null);
        expect("B1", publicEmployee("B1", "INFIRMIER", null, null, null, "2015-01-01"));
        expect("B4", publicEmployee("B4", "AIDE_SOIGNANT", new WorkingTimeInput(new BigDecimal("0.8"), null),
                PartTimeScheme.TEMPS_PARTIEL, null, "2016-01-01"));
        dsn.individual().contract("B2", "01012010", "526a", "9999").sickLeave("01", "15032024", null)
                .versement("30092024", "800.00").pay("01092024", "30092024", "B2", "021", null, "50.00");
        expect("B2", publicEmployee("B2", "AIDE_SOIGNANT", null, null, PayRate.HALF, "2010-01-01"));
        dsn.individual();
        brokenContractLine = dsn.nextLine();
        brokenStartLine = brokenContractLine;
        dsn.contract("B3", "31022024", "526a", "9999", Map.of("013", "151.67"));
        brokenGarbageLine = dsn.nextLine();
        dsn.raw("S21.G00.40.0XX,'" + SyntheticDsn.SENTINEL + "-BROKEN'");

        dsn.establishment("333333333", "00033");
        dsn.individual().contract("C1", "01012020", "526a", "0413");
        this.file = dsn.bytes();
    }

    private void expect(String number, Employee employee) {
        expected.put(number, employee);
    }

    private static Employee privateEmployee(String id, String job, WorkingTimeInput time, String start, String end) {
        return new Employee(id, Sector.PRIVATE_NON_PROFIT, job, "ESSMS_HANDICAP", List.of(Funder.ASSURANCE_MALADIE), null,
                null, new Employer(413, null), time, null, null, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private static Employee publicEmployee(String id, String job, WorkingTimeInput time, PartTimeScheme scheme,
                                           PayRate payRate, String start) {
        return new Employee(id, Sector.PUBLIC_FPH, job, "EHPAD", null, null, null, new Employer(9999, null), time, scheme,
                payRate, LocalDate.parse(start), null);
    }
}
