package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a criterion: its truth, the JSON paths of the missing facts that made it unknown,
 * the findings that explain it, and a personal start date the entitlement cannot precede (or null).
 */
public record Verdict(Truth truth, List<String> missingFacts, List<Finding> findings, LocalDate notBefore) {

    static Verdict known(boolean value, Finding finding) {
        return new Verdict(Truth.of(value), List.of(), List.of(finding), null);
    }

    static Verdict unknown(String missingFact, Finding finding) {
        return new Verdict(Truth.UNKNOWN, List.of(missingFact), List.of(finding), null);
    }
}
