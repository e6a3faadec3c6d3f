package fr.segur.eligibility.api;

import java.util.List;

/** An entry of the job catalogue. */
public record JobView(String code, String label, String family, List<String> flags) {
}
