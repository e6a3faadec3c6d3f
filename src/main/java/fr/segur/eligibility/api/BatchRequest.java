package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code POST /api/v1/evaluations/batch} in JSON. Employees are kept as JSON until each is read on its own,
 * so that one malformed employee is answered INVALID without failing the others.
 */
public record BatchRequest(String month, List<String> ruleSets, JsonNode employees) {
}
