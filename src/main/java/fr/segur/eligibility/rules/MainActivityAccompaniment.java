package fr.segur.eligibility.rules;

import java.util.List;

/** The employee's main activity is accompaniment (socio-educational measures; defaults to true). */
public record MainActivityAccompaniment(VerdictMemo memo) implements SingleFact<Boolean> {

    public MainActivityAccompaniment() {
        this(new VerdictMemo());
    }

    @Override
    public String name() {
        return "mainActivityAccompaniment";
    }

    /** Never reported missing: the fact defaults to true, so the value read is never null. */
    @Override
    public String fact() {
        return "employee.mainActivityAccompaniment";
    }

    @Override
    public Boolean read(EmployeeFacts facts) {
        return facts.mainActivityAccompaniment();
    }

    @Override
    public boolean holds(Boolean value) {
        return value;
    }

    @Override
    public List<String> args(Boolean value) {
        return List.of();
    }
}
