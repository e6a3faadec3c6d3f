package fr.segur.eligibility.rules;

import java.util.List;

/** The establishment is (or is not) attached to a public health establishment or public EHPAD. */
public record AttachedToPublicHospital(boolean expected, VerdictMemo memo) implements SingleFact<Boolean> {

    public AttachedToPublicHospital(boolean expected) {
        this(expected, new VerdictMemo());
    }

    @Override
    public String name() {
        return "attachedToPublicHospital";
    }

    /** The negative form has its own messages ("the establishment is autonomous"). */
    @Override
    public String findingName() {
        return expected ? name() : name() + "Not";
    }

    @Override
    public String fact() {
        return FACT_ATTACHED;
    }

    @Override
    public Boolean read(EmployeeFacts facts) {
        return facts.attachedToPublicHospital();
    }

    @Override
    public boolean holds(Boolean actual) {
        return actual == expected;
    }

    @Override
    public List<String> args(Boolean actual) {
        return actual == null ? List.of(FACT_ATTACHED) : List.of();
    }
}
