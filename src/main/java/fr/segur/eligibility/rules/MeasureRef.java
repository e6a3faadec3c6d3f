package fr.segur.eligibility.rules;

/** A measure named across rule sets, written {@code ruleSet/MEASURE} in rule files. */
public record MeasureRef(String ruleSet, String measure) {

    public static MeasureRef parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("a measure reference is written ruleSet/MEASURE, got '" + text + "'");
        }
        return new MeasureRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return ruleSet + "/" + measure;
    }
}
