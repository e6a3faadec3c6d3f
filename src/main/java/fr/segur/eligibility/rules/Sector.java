package fr.segur.eligibility.rules;

/** Employment sector of an employee, as HR systems send it. */
public enum Sector {
    PUBLIC_FPT, PUBLIC_FPH, PUBLIC_FPE, PRIVATE_NON_PROFIT, PRIVATE_FOR_PROFIT
}
