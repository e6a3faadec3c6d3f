package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/evaluations/schedule}: one employee over a range of months, with what was already paid, and
 * optionally a what-if variant.
 */
public record ScheduleRequest(String from, String to, List<String> ruleSets, Employee employee,
                              @JsonDeserialize(contentUsing = WireDecimals.Money.class) Map<String, BigDecimal> paid,
                              VariantRequest variant) {

    /** A schedule under the rules in force. */
    public ScheduleRequest(String from, String to, List<String> ruleSets, Employee employee, Map<String, BigDecimal> paid) {
        this(from, to, ruleSets, employee, paid, null);
    }
}
