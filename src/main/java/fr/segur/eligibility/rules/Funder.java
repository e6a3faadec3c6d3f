package fr.segur.eligibility.rules;

/** Who funds an establishment (Laforcade measures depend on it). */
public enum Funder {
    ASSURANCE_MALADIE, DEPARTEMENT, ETAT, AUTRE
}
