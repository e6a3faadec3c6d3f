package fr.segur.eligibility.dsn;

/** One rubrique value read from a DSN, with the line it sits on so that any problem can point the caller to it. */
public record Rubrique(int line, String value) {
}
