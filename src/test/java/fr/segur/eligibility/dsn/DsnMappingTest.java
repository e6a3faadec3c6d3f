package fr.segur.eligibility.dsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.segur.eligibility.api.EvaluationResponse.Warning;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.WorkingTimeInput;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.rules.PartTimeScheme;
import fr.segur.eligibility.rules.Sector;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rubriques of a contract read as facts: working time, pay rate, sick pay, without the engine. */
class DsnMappingTest {

    private static final DsnTables TABLES = new DsnTables();
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final DsnValues values = new DsnValues(errors, Messages.ENGLISH);

    private static DsnContract contract(Map<String, String> overrides, SickOrPay extra) throws Exception {
        SyntheticDsn dsn = SyntheticDsn.monthly("P25V01", "01062025").establishment("123456789", "00012");
        dsn.individual().contract("K1", "01012020", "526a", "0029", overrides);
        extra.add(dsn);
        List<DsnContract> read = new ArrayList<>();
        DsnReader.read(new ByteArrayInputStream(dsn.bytes()), (c, m) -> read.add(c));
        return read.get(0);
    }

    /** What follows the contract block in the synthetic file. */
    private interface SickOrPay {
        void add(SyntheticDsn dsn);
    }

    @Test
    void publicPayRatesOfType021IncludingNinety() throws Exception {
        for (var rate : Map.of("90.00", "NINETY", "50", "HALF", "100.00", "FULL").entrySet()) {
            DsnContract c = contract(Map.of(), d -> d.versement("30062025", "1.00")
                    .pay("01062025", "30062025", "K1", "021", null, rate.getKey())
                    .pay("01062025", "30062025", "K1", "022", "120.61", null)
                    .pay("01062025", "30062025", "K1", "022", "0.50", null));
            DsnPay.Result pay = DsnPay.read(c, true, YearMonth.of(2025, 6), TABLES, values, warnings, Messages.ENGLISH);
            assertEquals(rate.getValue(), pay.payRate(), rate.getKey());
            assertEquals(new BigDecimal("121.11"), pay.ctiPaid(), "every CTI line of the contract");
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void anOrdinarySickLeaveWithoutDeclaredRateIsAnEstimateFlaggedAsSuch() throws Exception {
        DsnContract recent = contract(Map.of(), d -> d.sickLeave("01", "30042025", null));
        assertEquals("NINETY", DsnPay.read(recent, true, YearMonth.of(2025, 6), TABLES, values, warnings, Messages.ENGLISH).payRate(),
                "second month of a leave, after 2025-03-01: 90 %");
        assertEquals("DSN_SICK_PAY_ESTIMATED", warnings.get(0).code());
        assertEquals("FULL", TABLES.sickPay(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 1)), "before 2025-03-01: full pay");
        assertEquals("HALF", TABLES.sickPay(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 6, 1)), "after three months: half pay");
        DsnContract partOfMonth = contract(Map.of(), d -> d.sickLeave("01", "10062025", "20062025"));
        assertNull(DsnPay.read(partOfMonth, true, YearMonth.of(2025, 6), TABLES, values, warnings, Messages.ENGLISH).payRate());
        assertEquals("DSN_SICK_LEAVE_NOT_APPLIED", warnings.get(1).code());
        assertNull(DsnPay.read(recent, false, YearMonth.of(2025, 6), TABLES, values, warnings, Messages.ENGLISH).payRate(),
                "private: salary maintenance is the agreement's, not in the DSN");
        DsnContract over = contract(Map.of(), d -> d.sickLeave("01", "01012025", "31012025"));
        warnings.clear();
        assertNull(DsnPay.read(over, true, YearMonth.of(2025, 6), TABLES, values, warnings, Messages.ENGLISH).payRate());
        assertEquals(List.of(), warnings, "a leave over before the month says nothing");
    }

    @Test
    void workingTime() throws Exception {
        assertEquals(new DsnWorkingTime.Result(null, null),
                DsnWorkingTime.read(contract(Map.of(), d -> { }), Sector.PRIVATE_NON_PROFIT, values));
        assertEquals(new DsnWorkingTime.Result(new WorkingTimeInput(null, new BigDecimal("75.84")), null),
                DsnWorkingTime.read(contract(Map.of("013", "75.84", "014", "20"), d -> { }), Sector.PRIVATE_NON_PROFIT, values));
        assertEquals(new DsnWorkingTime.Result(new WorkingTimeInput(new BigDecimal("0.5"), null), null),
                DsnWorkingTime.read(contract(Map.of("011", "12", "012", "218", "013", "109", "014", "20"), d -> { }),
                        Sector.PRIVATE_NON_PROFIT, values), "forfait jours: a ratio");
        assertEquals(new DsnWorkingTime.Result(new WorkingTimeInput(new BigDecimal("0.8"), null), PartTimeScheme.TEMPS_PARTIEL),
                DsnWorkingTime.read(contract(Map.of("014", "20", "053", "01", "055", "80.00"), d -> { }), Sector.PUBLIC_FPT, values));
        assertEquals(new DsnWorkingTime.Result(new WorkingTimeInput(new BigDecimal("0.6"), null), PartTimeScheme.TEMPS_NON_COMPLET),
                DsnWorkingTime.read(contract(Map.of("013", "21", "053", "02", "054", "35"), d -> { }), Sector.PUBLIC_FPT, values));
        assertEquals(new DsnWorkingTime.Result(new WorkingTimeInput(BigDecimal.ONE, null), null),
                DsnWorkingTime.read(contract(Map.of("013", "169", "014", "20", "011", "21", "012", "160"), d -> { }),
                        Sector.PRIVATE_NON_PROFIT, values), "capped at full time");
        assertEquals(List.of(), errors);
        DsnContract zero = contract(Map.of("013", "0", "014", "20"), d -> { });
        DsnWorkingTime.read(zero, Sector.PRIVATE_NON_PROFIT, values);
        assertEquals(List.of("dsn:" + zero.line() + ":S21.G00.40.013"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void valuesThatCannotBeReadNameTheirLineNotTheirContent() throws Exception {
        DsnContract c = contract(Map.of("001", "31022024", "012", "1,5"), d -> { });
        assertNull(values.date(c.rubriques(), "S21.G00.40.001"));
        assertNull(values.decimal(c.rubriques(), "S21.G00.40.012"));
        assertEquals(2, errors.size());
        errors.forEach(e -> assertEquals(false, e.message().contains("31022024") || e.message().contains("1,5"), e.toString()));
    }
}
