package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/evaluations/schedule}: one employee over a range of months, with what was already paid. */
public record ScheduleRequest(String from, String to, List<String> ruleSets, Employee employee,
                              @JsonDeserialize(contentUsing = WireDecimals.Money.class) Map<String, BigDecimal> paid) {
}
