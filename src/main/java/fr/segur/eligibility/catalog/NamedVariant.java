package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A collectivity's choices as shipped with the rules (a délibération): an overlay of {@code local} parameters of one
 * base rule set, with its reference and the checksum of its file.
 */
public record NamedVariant(String id, String title, String ruleSet, String reference, Map<String, JsonNode> parameters,
                           String checksum) {

    public NamedVariant {
        parameters = Map.copyOf(parameters);
    }
}
