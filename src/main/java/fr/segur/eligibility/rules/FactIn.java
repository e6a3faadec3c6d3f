package fr.segur.eligibility.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A single fact of the employee is one of the allowed values: the rule files' {@code sectorIn}, {@code jobIn},
 * {@code establishmentIn} and {@code idccIn}. Build it with the factory named after the fact.
 *
 * @param name    the rule-file name, also the message key prefix of its findings
 * @param fact    the fact path a missing value is reported under
 * @param reader  reads the value from the facts (null when the caller did not give it)
 * @param allowed the allowed values
 * @param listed  the allowed values as the findings list them
 * @param memo    the explained verdicts already built
 */
public record FactIn<T>(String name, String fact, Function<EmployeeFacts, T> reader, Set<T> allowed,
                        String listed, VerdictMemo memo) implements SingleFact<T> {

    /* One reader instance per fact, so that two criteria over the same values are equal. */
    private static final Function<EmployeeFacts, Sector> SECTOR = EmployeeFacts::sector;
    private static final Function<EmployeeFacts, String> JOB_CODE = f -> f.job() == null ? null : f.job().code();
    private static final Function<EmployeeFacts, String> ESTABLISHMENT = EmployeeFacts::establishmentType;
    private static final Function<EmployeeFacts, Integer> IDCC = EmployeeFacts::idcc;

    public FactIn(String name, String fact, Function<EmployeeFacts, T> reader, Set<T> allowed) {
        this(name, fact, reader, allowed, Criteria.list(allowed), new VerdictMemo());
    }

    /** The employee's sector is one of the listed sectors. */
    public static FactIn<Sector> sectorIn(Set<Sector> sectors) {
        return new FactIn<>("sectorIn", FACT_SECTOR, SECTOR, sectors);
    }

    /** The employee's job code is one of the listed codes. */
    public static FactIn<String> jobIn(Set<String> jobCodes) {
        return new FactIn<>("jobIn", FACT_JOB, JOB_CODE, jobCodes);
    }

    /** The employee's establishment type is one of the listed types. */
    public static FactIn<String> establishmentIn(Set<String> types) {
        return new FactIn<>("establishmentIn", FACT_ESTABLISHMENT, ESTABLISHMENT, types);
    }

    /** The employer applies a collective agreement of the listed IDCC numbers. */
    public static FactIn<Integer> idccIn(Set<Integer> idccs) {
        return new FactIn<>("idccIn", FACT_IDCC, IDCC, idccs);
    }

    @Override
    public T read(EmployeeFacts facts) {
        return reader.apply(facts);
    }

    @Override
    public boolean holds(T value) {
        return allowed.contains(value);
    }

    @Override
    public List<String> args(T value) {
        return List.of(value == null ? fact : String.valueOf(value), listed);
    }
}
