package fr.segur.eligibility.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The explained verdicts of a criterion that reads a single fact, by value of that fact, so that each verdict is
 * built once rather than once per evaluation: verdicts are immutable and the values few (catalogue codes, enum
 * values). A cache, not part of the criterion's value: every instance equals every other.
 */
public final class VerdictMemo {

    /** Beyond this many values (only IDCC numbers are open-ended) verdicts are built per evaluation. */
    private static final int MAX_VALUES = 1024;
    private static final Object MISSING = new Object();

    private final Map<Object, Verdict> byValue = new ConcurrentHashMap<>();

    /** The verdict already built for the value (null for a missing fact), or null. */
    Verdict get(Object value) {
        return byValue.get(value == null ? MISSING : value);
    }

    /** Keeps the verdict built for the value and returns it. */
    Verdict keep(Object value, Verdict verdict) {
        if (byValue.size() < MAX_VALUES) {
            byValue.putIfAbsent(value == null ? MISSING : value, verdict);
        }
        return verdict;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerdictMemo;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "VerdictMemo";
    }
}
