package fr.segur.eligibility.rules;

/**
 * A named parameter of a rule-set version: its value as written in the file, what it means, its source,
 * and whether it is a local or conventional choice rather than a national text.
 */
public record Parameter(String name, String value, String description, String reference, boolean local) {
}
