package fr.segur.eligibility.batch;

import fr.segur.eligibility.evaluation.EligibilityService;
import fr.segur.eligibility.evaluation.EvaluationMetrics;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.api.BatchResult;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Employee;
import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.i18n.Messages;
import fr.segur.eligibility.config.EligibilityConfig;
import fr.segur.eligibility.error.JsonFieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Evaluates a whole payroll sent as one JSON document; one bad employee never fails the others. */
@ApplicationScoped
public class BatchService {

    private final ObjectMapper mapper;
    private final int maxEmployees;
    private final EvaluationMetrics metrics;

    BatchService(ObjectMapper mapper, EligibilityConfig config, EvaluationMetrics metrics) {
        this.metrics = metrics;
        this.mapper = mapper;
        this.maxEmployees = config.batch().maxEmployees();
    }

    public int maxEmployees() {
        return maxEmployees;
    }

    /**
     * Reads one employee found at {@code path} and evaluates it with {@code service} (the rules in force, or a
     * variant's); any problem makes it INVALID with paths under it.
     */
    BatchResult evaluateOne(EligibilityService service, int index, Integer line, String path, JsonNode node,
                            YearMonth month, List<String> ruleSets, Locale locale, Detail detail) {
        String id = node != null && node.isObject() && node.path("id").isTextual() ? node.get("id").asText() : null;
        Employee employee;
        try {
            if (node == null || !node.isObject()) {
                throw JsonMappingException.from(mapper.getDeserializationContext(), "not an object");
            }
            employee = mapper.treeToValue(node, Employee.class);
        } catch (JsonMappingException e) {
            return invalid(index, line, month, id,
                    List.of(new FieldError(JsonFieldErrors.path(path, e), JsonFieldErrors.message(e, locale))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return invalid(index, line, month, id, List.of(new FieldError(path, Messages.render(locale, "error.unreadableValue"))));
        }
        List<FieldError> errors = service.checkEmployee(employee, path, locale);
        if (!errors.isEmpty()) {
            return invalid(index, line, month, id, errors);
        }
        return BatchResult.valid(index, service.evaluateChecked(month, ruleSets, employee, locale, detail));
    }

    /**
     * Evaluates an employee bound straight from the request bytes, or answers null when it has a problem: the
     * caller then reads it again through {@link #evaluateOne}, the one place that describes problems (rare), so
     * that an INVALID answer is the same whichever way the employee was first read.
     */
    BatchResult evaluateIfValid(EligibilityService service, int index, Employee employee, YearMonth month,
                                List<String> ruleSets, Locale locale, Detail detail) {
        // The path only names problems, and problems are described again by evaluateOne: any path does here.
        if (!service.checkEmployee(employee, "employee", locale).isEmpty()) {
            return null;
        }
        return BatchResult.valid(index, service.evaluateChecked(month, ruleSets, employee, locale, detail));
    }

    /** Evaluates employees already read (from CSV), with their problems found while reading. */
    BatchResult evaluateRead(EligibilityService service, int index, Employee employee, List<FieldError> readErrors,
                             YearMonth month, List<String> ruleSets, Locale locale, Detail detail) {
        String path = "employees[" + index + "]";
        List<FieldError> errors = new ArrayList<>(readErrors);
        if (employee != null) {
            errors.addAll(service.checkEmployee(employee, path, locale));
        }
        if (!errors.isEmpty()) {
            return invalid(index, null, month, employee == null ? null : employee.id(), errors);
        }
        return BatchResult.valid(index, service.evaluateChecked(month, ruleSets, employee, locale, detail));
    }

    /** An INVALID answer, counted like every other answer. */
    BatchResult invalid(int index, Integer line, YearMonth month, String employeeId, List<FieldError> errors) {
        metrics.answered(null, null, BatchResult.INVALID);
        return BatchResult.invalid(index, line, month.toString(), employeeId, errors);
    }
}
