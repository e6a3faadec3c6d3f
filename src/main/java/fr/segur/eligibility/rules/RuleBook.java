package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/** Every rule set with its versions, the point d'indice table, and the dates at which anything changes. */
public final class RuleBook {

    private final Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
    private final PointValues pointValues;
    private final TreeSet<YearMonth> changeMonths = new TreeSet<>();
    private final List<String> ids;

    public RuleBook(List<RuleSet> ruleSets, PointValues pointValues) {
        ruleSets.forEach(rs -> this.ruleSets.put(rs.id(), rs));
        this.pointValues = pointValues;
        this.ids = List.copyOf(this.ruleSets.keySet());
        for (RuleSet rs : ruleSets) {
            for (RuleSetVersion v : rs.versions()) {
                changeMonths.add(YearMonth.from(v.effectiveFrom()));
                v.measures().stream().filter(m -> m.from() != null).forEach(m -> changeMonths.add(YearMonth.from(m.from())));
            }
        }
    }

    public List<RuleSet> ruleSets() {
        return List.copyOf(ruleSets.values());
    }

    public List<String> ids() {
        return ids;
    }

    public boolean has(String id) {
        return ruleSets.containsKey(id);
    }

    public RuleSet ruleSet(String id) {
        RuleSet rs = ruleSets.get(id);
        if (rs == null) {
            throw new NoSuchElementException("unknown rule set " + id);
        }
        return rs;
    }

    public PointValues pointValues() {
        return pointValues;
    }

    /** Every month in which a version or a measure took effect, in order. */
    List<YearMonth> changeMonths() {
        return List.copyOf(changeMonths);
    }

    /** The first day of the first version of a rule set. */
    LocalDate firstVersionDate(String id) {
        return ruleSet(id).versions().get(0).effectiveFrom();
    }
}
