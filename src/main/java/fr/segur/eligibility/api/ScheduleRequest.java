package fr.segur.eligibility.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/evaluations/schedule}: one employee over a range of months, with what was already paid. */
public record ScheduleRequest(String from, String to, List<String> ruleSets, Employee employee, Map<String, BigDecimal> paid) {
}
