package fr.segur.eligibility.catalog;

import fr.segur.eligibility.rules.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a measure's amount: {@code points}, {@code euros}, or {@code byEmployerText}, a list of employer texts
 * (one per IDCC, and one {@code idcc: other} for every other employer), each with dated steps in euros.
 */
final class EmployerTextParser {

    private EmployerTextParser() {
    }

    static Amount amount(Node node, LocalDate version) {
        int kinds = (node.has("points") ? 1 : 0) + (node.has("euros") ? 1 : 0) + (node.has("byEmployerText") ? 1 : 0);
        if (kinds != 1) {
            throw node.error("an amount has exactly one of 'points', 'euros' or 'byEmployerText'");
        }
        if (node.has("points")) {
            return new Amount.Points(node.child("points").decimal());
        }
        if (node.has("euros")) {
            return new Amount.Euros(euros(node.child("euros")));
        }
        Map<Integer, Amount.EmployerText> byIdcc = new LinkedHashMap<>();
        Amount.EmployerText otherwise = null;
        for (Node t : node.child("byEmployerText").list()) {
            boolean other = "other".equals(t.required("idcc").json().asText());
            Amount.EmployerText text = new Amount.EmployerText(other ? null : t.child("idcc").integer(), t.text("text"),
                    t.has("local") && t.child("local").bool(),
                    t.has("disputedFrom") ? t.child("disputedFrom").date() : null, steps(t.required("steps"), version));
            if (other) {
                if (otherwise != null) {
                    throw t.error("only one employer text is 'idcc: other'");
                }
                otherwise = text;
            } else if (byIdcc.put(text.idcc(), text) != null) {
                throw t.child("idcc").error("IDCC " + text.idcc() + " has two employer texts");
            }
        }
        if (otherwise == null) {
            throw node.child("byEmployerText").error("an amount by employer text has one 'idcc: other' entry");
        }
        return new Amount.ByEmployerText(byIdcc, otherwise);
    }

    private static List<Amount.Step> steps(Node node, LocalDate version) {
        List<Amount.Step> steps = new ArrayList<>();
        for (Node s : node.list()) {
            LocalDate from = s.required("from").date();
            if (from.getDayOfMonth() != 1) {
                throw s.child("from").error("a step takes effect on the first day of a month");
            }
            if (!steps.isEmpty() && !from.isAfter(steps.get(steps.size() - 1).from())) {
                throw s.child("from").error("steps are in strictly increasing date order");
            }
            steps.add(new Amount.Step(from, euros(s.required("euros"))));
        }
        if (steps.isEmpty() || steps.get(0).from().isAfter(version)) {
            throw node.error("the first step starts no later than the version (" + version + ")");
        }
        return steps;
    }

    private static BigDecimal euros(Node node) {
        return node.decimal().setScale(2);
    }
}
