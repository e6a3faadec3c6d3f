package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;

/** A criterion combining others ({@code allOf}, {@code anyOf}): what it refers to and lacks is what they do. */
sealed interface Combination extends Criterion permits AllOf, AnyOf {

    /** The combined criteria, in rule-file order. */
    List<Criterion> criteria();

    @Override
    default List<MeasureRef> references() {
        return criteria().stream().flatMap(x -> x.references().stream()).toList();
    }

    @Override
    default boolean needsExplanationWhenPaid(CriterionContext context) {
        for (Criterion criterion : criteria()) {
            if (criterion.needsExplanationWhenPaid(context)) {
                return true;
            }
        }
        return false;
    }

    /** The facts the undecided criteria lack. */
    @Override
    default void addMissingFacts(CriterionContext c, Set<String> missing) {
        List<Criterion> criteria = criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).test(c) == Truth.UNKNOWN) {
                criteria.get(i).addMissingFacts(c, missing);
            }
        }
    }
}
