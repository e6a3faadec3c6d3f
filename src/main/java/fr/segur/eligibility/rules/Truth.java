package fr.segur.eligibility.rules;

/** Three-valued (Kleene) truth: a criterion on a missing fact is UNKNOWN, and false AND unknown is false. */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
