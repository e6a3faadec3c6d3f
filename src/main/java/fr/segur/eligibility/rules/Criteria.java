package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Helpers the criteria share: Kleene AND/OR on truths, combined verdicts, findings and their message keys. */
final class Criteria {

    /** Message keys ("criterion.sectorIn.true") by criterion name, built once per name rather than per finding. */
    private static final Map<String, String[]> KEYS = new ConcurrentHashMap<>();
    /** Names of negated criteria ("not(jobFamilyIn)"), likewise built once. */
    private static final Map<String, String> NEGATED = new ConcurrentHashMap<>();

    private Criteria() {
    }

    /**
     * Kleene AND ({@code decisive} FALSE) or OR ({@code decisive} TRUE) of the criteria's truths: the first criterion
     * with the decisive value decides; otherwise any unknown leaves it unknown.
     */
    static Truth firstDecides(List<Criterion> criteria, CriterionContext c, Truth decisive) {
        boolean anyUnknown = false;
        for (int i = 0; i < criteria.size(); i++) {
            Truth t = criteria.get(i).test(c);
            if (t == decisive) {
                return decisive;
            }
            anyUnknown |= t == Truth.UNKNOWN;
        }
        return anyUnknown ? Truth.UNKNOWN : decisive.not();
    }

    /** The values sorted and comma-separated, as findings list them. */
    static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    static Finding finding(String name, Truth truth, List<String> args) {
        return new Finding(name, truth, key(name, truth), args);
    }

    static String key(String name, Truth truth) {
        return KEYS.computeIfAbsent(name, n -> {
            String[] keys = new String[Truth.values().length];
            for (Truth t : Truth.values()) {
                keys[t.ordinal()] = "criterion." + n + "." + t.name().toLowerCase(Locale.ROOT);
            }
            return keys;
        })[truth.ordinal()];
    }

    static String negated(String criterion) {
        return NEGATED.computeIfAbsent(criterion, n -> "not(" + n + ")");
    }

    /** The earliest personal start among the branches that hold; null when one of them has none. */
    static LocalDate earliestStart(List<Verdict> verdicts) {
        LocalDate earliest = null;
        for (Verdict v : verdicts) {
            if (v.truth() == Truth.TRUE) {
                if (v.notBefore() == null) {
                    return null;
                }
                earliest = earliest == null || v.notBefore().isBefore(earliest) ? v.notBefore() : earliest;
            }
        }
        return earliest;
    }

    /** Keeps only the findings of the children whose outcome equals the combined outcome: they are the reasons. */
    static Verdict combine(Truth truth, List<Verdict> verdicts, LocalDate notBefore) {
        List<Finding> findings = new ArrayList<>(verdicts.size() + 2);
        Set<String> missing = truth == Truth.UNKNOWN ? new TreeSet<>() : Set.of();
        for (Verdict v : verdicts) {
            if (v.truth() == truth) {
                findings.addAll(v.findings());
                if (truth == Truth.UNKNOWN) {
                    missing.addAll(v.missingFacts());
                }
            }
        }
        return new Verdict(truth, missing.isEmpty() ? List.of() : List.copyOf(missing), List.copyOf(findings), notBefore);
    }
}
