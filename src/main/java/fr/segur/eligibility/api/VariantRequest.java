package fr.segur.eligibility.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A what-if: a named variant shipped with the rules, or a rule set and the {@code local} parameters to override for
 * this request only (given with a name, they apply on top of the named variant).
 */
public record VariantRequest(String name, String ruleSet, Map<String, JsonNode> parameters) {
}
