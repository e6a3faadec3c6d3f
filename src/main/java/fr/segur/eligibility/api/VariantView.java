package fr.segur.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The mark of an answer computed under a what-if variant: always a simulation, never a payroll answer; the checksum
 * is the named variant file's, absent when the request changed its parameters (no file describes them then).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VariantView(boolean simulation, String name, String ruleSet, Map<String, JsonNode> parameters,
                          String variantChecksum) {
}
