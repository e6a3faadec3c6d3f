package fr.segur.eligibility.workforce;

import fr.segur.eligibility.api.FieldError;
import fr.segur.eligibility.api.ScheduleResponse;
import java.util.List;

/**
 * One employee run: its schedule (as {@code /evaluations/schedule} answers it) and the entitlement lines of each
 * month, the same for the variant when there is one, and why it is not covered; or its problems when invalid.
 */
public record EmployeeResult(WorkforceEmployee input, List<FieldError> errors, ScheduleResponse schedule,
                             List<List<EntitlementLines.Line>> lines, ScheduleResponse variantSchedule,
                             List<List<EntitlementLines.Line>> variantLines, String notCoveredReason, String jobFamily) {

    public boolean invalid() {
        return errors != null;
    }
}
