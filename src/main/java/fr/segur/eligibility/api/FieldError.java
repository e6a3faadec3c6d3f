package fr.segur.eligibility.api;

/** A problem with one field, named by the JSON path the caller sent (e.g. {@code employee.workingTime.ratio}). */
public record FieldError(String field, String message) {
}
