package fr.segur.eligibility.rules;

/** A legal text a measure rests on: its title, its reference (JO, NOR, article) and a URL where known. */
public record LegalReference(String title, String reference, String url) {
}
