package fr.segur.eligibility.api;

import java.util.List;

/** The answers of a batch, in request order, and their counts. */
public record BatchResponse(String month, List<BatchResult> results, Summary summary) {

    /** How many answers of each status. */
    public record Summary(int total, int eligible, int notEligible, int indeterminate, int invalid) {

        public static Summary of(List<BatchResult> results) {
            int eligible = 0;
            int notEligible = 0;
            int indeterminate = 0;
            int invalid = 0;
            for (BatchResult r : results) {
                switch (r.status()) {
                    case "ELIGIBLE" -> eligible++;
                    case "NOT_ELIGIBLE" -> notEligible++;
                    case "INDETERMINATE" -> indeterminate++;
                    default -> invalid++;
                }
            }
            return new Summary(results.size(), eligible, notEligible, indeterminate, invalid);
        }
    }
}
