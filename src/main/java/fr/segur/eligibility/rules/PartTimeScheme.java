package fr.segur.eligibility.rules;

/** Public-service working-time scheme: temps partiel follows the traitement rules, temps non complet the hours. */
public enum PartTimeScheme {
    TEMPS_PARTIEL, TEMPS_NON_COMPLET
}
