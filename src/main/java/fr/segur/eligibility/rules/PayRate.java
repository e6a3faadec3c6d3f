package fr.segur.eligibility.rules;

/** Whether the employee is on full pay, 90 % pay (public sick leave from 2025-03-01) or half pay in the month. */
public enum PayRate {
    FULL, NINETY, HALF
}
