package fr.segur.eligibility.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.ScheduleResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's entitlement lines carry the engine's exact figures, not the answer's rounded display values. */
@QuarkusTest
class EntitlementLinesTest {

    @Inject
    Workforce workforce;
    @Inject
    ObjectMapper mapper;

    @Test
    void aPartialPartTimeMonthKeepsItsExactFteAndItsLinesAddUpToTheMonthsDue() throws Exception {
        // 80 % from 17 January 2024: 15 of January's 31 days (private branch: calendar days), so 12/31 of an FTE,
        // 0.387096774193548... where the answer shows 0.8 and 0.483871 (whose product is 0.3870968).
        Employee employee = mapper.readValue(WorkforceFixtures.SECRETARY.replace(", \"paid\": {\"2024-09\": \"100.00\"}", "")
                .replace("2019-03-01", "2024-01-17"), Employee.class);
        WorkforceRun run = workforce.check(new WorkforceEnvelope("2024-01", "2024-03", null, null, null, null), Locale.FRENCH);
        EmployeeResult result = workforce.run(run, new WorkforceEmployee(0, null, "employees[0]", employee, null, null, List.of()),
                Locale.FRENCH);
        assertFalse(result.invalid(), () -> String.valueOf(result.errors()));
        List<EntitlementLines.Line> january = result.lines().get(0);
        assertFalse(january.isEmpty());
        assertEquals(0, new BigDecimal(12).divide(new BigDecimal(31), MathContext.DECIMAL64).compareTo(january.get(0).fte()),
                () -> january.toString());
        List<ScheduleResponse.Month> months = result.schedule().months();
        for (int m = 0; m < months.size(); m++) {
            long cents = result.lines().get(m).stream().mapToLong(EntitlementLines.Line::cents).sum();
            assertEquals(new BigDecimal(months.get(m).due()).movePointRight(2).longValueExact(), cents, months.get(m).month());
        }
    }
}
