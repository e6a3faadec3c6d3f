package fr.segur.eligibility.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The criterion does not hold. */
public record Not(Criterion criterion) implements Criterion {

    @Override
    public String name() {
        return "not";
    }

    @Override
    public List<MeasureRef> references() {
        return criterion.references();
    }

    @Override
    public Verdict evaluate(CriterionContext c) {
        Verdict inner = criterion.evaluate(c);
        List<Finding> findings = new ArrayList<>(inner.findings().size());
        for (Finding f : inner.findings()) {
            findings.add(f.negated(Criteria.negated(f.criterion())));
        }
        return new Verdict(inner.truth().not(), inner.missingFacts(), List.copyOf(findings), null);
    }

    @Override
    public Truth test(CriterionContext c) {
        return criterion.test(c).not();
    }

    @Override
    public void addMissingFacts(CriterionContext c, Set<String> missing) {
        criterion.addMissingFacts(c, missing);
    }

    @Override
    public boolean needsExplanationWhenPaid(CriterionContext c) {
        return criterion.needsExplanationWhenPaid(c);
    }
}
