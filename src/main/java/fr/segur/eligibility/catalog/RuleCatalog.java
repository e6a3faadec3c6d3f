package fr.segur.eligibility.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import fr.segur.eligibility.rules.RuleBook;
import java.util.Map;

/**
 * Everything loaded and validated from the rule files: the rule book the engine runs on, the reference
 * catalogues, and each measure's eligibility tree as written (parameters resolved), for display.
 */
public record RuleCatalog(RuleBook book, ReferenceData reference, Map<String, JsonNode> eligibilityTrees) {

    public RuleCatalog {
        eligibilityTrees = Map.copyOf(eligibilityTrees);
    }

    public static String treeKey(String ruleSet, String version, String measure) {
        return ruleSet + "/" + version + "/" + measure;
    }

    public JsonNode eligibilityTree(String ruleSet, String version, String measure) {
        return eligibilityTrees.get(treeKey(ruleSet, version, measure));
    }
}
