package fr.segur.eligibility.api;

/** An entry of the establishment-type catalogue. */
public record EstablishmentTypeView(String code, String label) {
}
