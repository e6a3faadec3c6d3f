package fr.segur.eligibility.api;

import java.util.List;

/** The answers of a batch, in request order, and their counts. */
public record BatchResponse(String month, List<BatchResult> results, Summary summary) {

    /** How many answers of each status. */
    public record Summary(int total, int eligible, int notEligible, int indeterminate, int invalid) {

        public static Summary of(List<BatchResult> results) {
            Counter counter = new Counter();
            for (BatchResult r : results) {
                counter.add(r.status());
            }
            return counter.summary();
        }
    }

    /** Counts answers one at a time, for a batch answered as it goes. */
    public static final class Counter {
        private int total;
        private int eligible;
        private int notEligible;
        private int indeterminate;
        private int invalid;

        public void add(String status) {
            total++;
            switch (status) {
                case "ELIGIBLE" -> eligible++;
                case "NOT_ELIGIBLE" -> notEligible++;
                case "INDETERMINATE" -> indeterminate++;
                default -> invalid++;
            }
        }

        public Summary summary() {
            return new Summary(total, eligible, notEligible, indeterminate, invalid);
        }
    }
}
