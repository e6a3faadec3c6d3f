package fr.segur.eligibility.rules;

/** How a measure is pro-rated: public measures follow the traitement, private ones the contract hours. */
public enum PayScheme {
    PUBLIC, PRIVATE
}
