package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One employee of a workforce as read (JSON element, NDJSON line or CSV row): its facts, what was already paid (by
 * month, or as a total over the range), and the problems found while reading it, under its path.
 */
public record WorkforceEmployee(int index, Integer line, String path, Employee employee, Map<String, BigDecimal> paid,
                                BigDecimal paidTotal, List<FieldError> readErrors) {

    /** An employee that could not be read at all. */
    static WorkforceEmployee unreadable(int index, Integer line, String path, List<FieldError> errors) {
        return new WorkforceEmployee(index, line, path, null, null, null, errors);
    }
}
