package fr.segur.eligibility.rules;

import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The selections of requested rule sets, built once: with few rule sets every subset is prepared, so that an
 * evaluation finds its selection by bits rather than building one.
 */
final class Selections {

    /** Up to this many rule sets, every selection of them is built once (2^10 of them). */
    private static final int MAX_SELECTION_BITS = 10;

    /** The requested rule sets in the book's order, with a flag per rule set of the book. */
    record Selection(List<String> ids, boolean[] mask) {
        boolean has(MeasureInForce slot) {
            return mask[slot.ruleSetIndex()];
        }
    }

    private final List<String> allIds;
    private final Selection all;
    /** Every selection of rule sets, by the bits of its members, when the book has few enough rule sets. */
    private final Selection[] byBits;

    Selections(List<String> allIds) {
        this.allIds = allIds;
        boolean[] mask = new boolean[allIds.size()];
        Arrays.fill(mask, true);
        this.all = new Selection(allIds, mask);
        this.byBits = allIds.size() > MAX_SELECTION_BITS ? null : new Selection[1 << allIds.size()];
        if (byBits != null) {
            for (int bits = 0; bits < byBits.length; bits++) {
                byBits[bits] = selection(bits);
            }
        }
    }

    /** The requested rule sets (the book's own selection when all are requested, the usual case). */
    Selection select(Collection<String> requestedRuleSets) {
        if (requestedRuleSets == allIds) {
            return all;
        }
        if (byBits == null) {
            return selection(requestedRuleSets);
        }
        int bits = 0;
        for (int i = 0; i < allIds.size(); i++) {
            if (requestedRuleSets.contains(allIds.get(i))) {
                bits |= 1 << i;
            }
        }
        return byBits[bits];
    }

    private Selection selection(int bits) {
        List<String> ids = new ArrayList<>(allIds.size());
        for (int i = 0; i < allIds.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                ids.add(allIds.get(i));
            }
        }
        return selection(ids);
    }

    private Selection selection(Collection<String> requestedRuleSets) {
        List<String> ids = new ArrayList<>(allIds.size());
        boolean[] mask = new boolean[allIds.size()];
        for (int i = 0; i < allIds.size(); i++) {
            if (requestedRuleSets.contains(allIds.get(i))) {
                ids.add(allIds.get(i));
                mask[i] = true;
            }
        }
        return new Selection(List.copyOf(ids), mask);
    }
}
