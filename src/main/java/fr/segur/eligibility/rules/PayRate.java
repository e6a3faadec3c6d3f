package fr.segur.eligibility.rules;

/** Whether the employee is on full pay or half pay (e.g. half-pay sick leave) in the month. */
public enum PayRate {
    FULL, HALF
}
