package fr.segur.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The closed vocabulary of eligibility criteria that rule files may name. Each criterion evaluates
 * itself against an employee's facts in three-valued logic and explains its outcome.
 */
public sealed interface Criterion {

    String FACT_SECTOR = "employee.sector";
    String FACT_JOB = "employee.jobCode";
    String FACT_ESTABLISHMENT = "employee.establishmentType";
    String FACT_FUNDED_BY = "employee.fundedBy";
    String FACT_ATTACHED = "employee.attachedToPublicHospital";
    String FACT_IDCC = "employee.employer.idcc";
    String FACT_BASS_BRANCH = "employee.employer.bassBranch";

    /** The key that names this criterion in rule files. */
    String name();

    /** The outcome with its explanation. */
    Verdict evaluate(CriterionContext context);

    /** The truth of {@link #evaluate} alone, without building the explanation: the engine's fast path. */
    Truth test(CriterionContext context);

    /**
     * Adds the facts whose absence leaves this criterion undecided, as {@link #evaluate}'s verdict lists them;
     * called only when {@link #test} is UNKNOWN.
     */
    void addMissingFacts(CriterionContext context, Set<String> missing);

    /**
     * Kleene AND ({@code decisive} FALSE) or OR ({@code decisive} TRUE) of the criteria's truths: the first criterion
     * with the decisive value decides; otherwise any unknown leaves it unknown.
     */
    private static Truth firstDecides(List<Criterion> criteria, CriterionContext c, Truth decisive) {
        boolean anyUnknown = false;
        for (int i = 0; i < criteria.size(); i++) {
            Truth t = criteria.get(i).test(c);
            if (t == decisive) {
                return decisive;
            }
            anyUnknown |= t == Truth.UNKNOWN;
        }
        return anyUnknown ? Truth.UNKNOWN : decisive.not();
    }

    private static void addMissingFactsOfUnknown(List<Criterion> criteria, CriterionContext c, Set<String> missing) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).test(c) == Truth.UNKNOWN) {
                criteria.get(i).addMissingFacts(c, missing);
            }
        }
    }

    /**
     * Whether, for this employee, a verdict of this criterion may carry more than its truth (a personal start date
     * or a warning), so that a measure it decides must be evaluated with its explanation when it is paid.
     */
    default boolean qualifies(CriterionContext context) {
        return false;
    }

    private static boolean anyQualifies(List<Criterion> criteria, CriterionContext context) {
        for (Criterion criterion : criteria) {
            if (criterion.qualifies(context)) {
                return true;
            }
        }
        return false;
    }

    /** The measures this criterion refers to (to check references and cycles at load time). */
    default List<MeasureRef> references() {
        return List.of();
    }

    private static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static Finding finding(String name, Truth truth, List<String> args) {
        return new Finding(name, truth, FindingKeys.of(name, truth), args);
    }

    /**
     * Message keys of findings ("criterion.sectorIn.true") and names of negated criteria ("not(jobFamilyIn)"), built
     * once per criterion name rather than per finding.
     */
    final class FindingKeys {
        private static final java.util.Map<String, String[]> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.Map<String, String> NEGATED = new java.util.concurrent.ConcurrentHashMap<>();

        private FindingKeys() {
        }

        static String of(String name, Truth truth) {
            return KEYS.computeIfAbsent(name, n -> {
                String[] keys = new String[Truth.values().length];
                for (Truth t : Truth.values()) {
                    keys[t.ordinal()] = "criterion." + n + "." + t.name().toLowerCase(java.util.Locale.ROOT);
                }
                return keys;
            })[truth.ordinal()];
        }

        static String negated(String criterion) {
            return NEGATED.computeIfAbsent(criterion, n -> "not(" + n + ")");
        }
    }

    private static Verdict membership(String name, String fact, Object value, Collection<?> allowed, String shown) {
        if (value == null) {
            return Verdict.unknown(fact, finding(name, Truth.UNKNOWN, List.of(fact, shown)));
        }
        boolean in = allowed.contains(value);
        return Verdict.known(in, finding(name, Truth.of(in), List.of(String.valueOf(value), shown)));
    }

    private static Truth contains(Collection<?> allowed, Object value) {
        return value == null ? Truth.UNKNOWN : Truth.of(allowed.contains(value));
    }

    /** The employee's sector is one of the listed sectors. */
    record SectorIn(Set<Sector> sectors, String shown, Outcomes outcomes) implements Criterion {
        public SectorIn(Set<Sector> sectors) {
            this(sectors, list(sectors), new Outcomes());
        }

        public String name() { return "sectorIn"; }

        public Verdict evaluate(CriterionContext c) {
            Sector value = c.facts().sector();
            Verdict known = outcomes.get(value);
            return known != null ? known : outcomes.keep(value, membership(name(), FACT_SECTOR, value, sectors, shown));
        }

        public Truth test(CriterionContext c) {
            return contains(sectors, c.facts().sector());
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_SECTOR);
        }
    }

    /** The employee's job code is one of the listed codes. */
    record JobIn(Set<String> jobCodes, String shown, Outcomes outcomes) implements Criterion {
        public JobIn(Set<String> jobCodes) {
            this(jobCodes, list(jobCodes), new Outcomes());
        }

        public String name() { return "jobIn"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            String code = job == null ? null : job.code();
            Verdict known = outcomes.get(code);
            return known != null ? known : outcomes.keep(code, membership(name(), FACT_JOB, code, jobCodes, shown));
        }

        public Truth test(CriterionContext c) {
            Job job = c.facts().job();
            return contains(jobCodes, job == null ? null : job.code());
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_JOB);
        }
    }

    /** The family of the employee's job is one of the listed families. */
    record JobFamilyIn(Set<String> families, String shown, Outcomes outcomes) implements Criterion {
        public JobFamilyIn(Set<String> families) {
            this(families, list(families), new Outcomes());
        }

        public String name() { return "jobFamilyIn"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            String code = job == null ? null : job.code();
            Verdict known = outcomes.get(code);
            return known != null ? known : outcomes.keep(code, explain(job));
        }

        private Verdict explain(Job job) {
            if (job == null) {
                return Verdict.unknown(FACT_JOB, finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, shown)));
            }
            boolean in = families.contains(job.family());
            return Verdict.known(in, finding(name(), Truth.of(in), List.of(job.code(), job.family(), shown)));
        }

        public Truth test(CriterionContext c) {
            Job job = c.facts().job();
            return job == null ? Truth.UNKNOWN : Truth.of(families.contains(job.family()));
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_JOB);
        }
    }

    /** The employee's job carries a catalogue flag (a Laforcade job, a socio-educational job). */
    record JobFlagIs(JobFlag flag, Outcomes outcomes) implements Criterion {
        public JobFlagIs(JobFlag flag) {
            this(flag, new Outcomes());
        }

        public String name() { return "jobFlag"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            String code = job == null ? null : job.code();
            Verdict known = outcomes.get(code);
            return known != null ? known : outcomes.keep(code, explain(job));
        }

        private Verdict explain(Job job) {
            if (job == null) {
                return Verdict.unknown(FACT_JOB, finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, flag.name())));
            }
            boolean has = job.has(flag);
            return Verdict.known(has, finding(name(), Truth.of(has), List.of(job.code(), flag.name())));
        }

        public Truth test(CriterionContext c) {
            Job job = c.facts().job();
            return job == null ? Truth.UNKNOWN : Truth.of(job.has(flag));
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_JOB);
        }
    }

    /** The employee's establishment type is one of the listed types. */
    record EstablishmentIn(Set<String> types, String shown, Outcomes outcomes) implements Criterion {
        public EstablishmentIn(Set<String> types) {
            this(types, list(types), new Outcomes());
        }

        public String name() { return "establishmentIn"; }

        public Verdict evaluate(CriterionContext c) {
            String value = c.facts().establishmentType();
            Verdict known = outcomes.get(value);
            return known != null ? known : outcomes.keep(value, membership(name(), FACT_ESTABLISHMENT, value, types, shown));
        }

        public Truth test(CriterionContext c) {
            return contains(types, c.facts().establishmentType());
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_ESTABLISHMENT);
        }
    }

    /** The establishment is funded, at least partly, by one of the listed funders. */
    record FundedByAny(Set<Funder> funders, String shown, Outcomes outcomes) implements Criterion {
        public FundedByAny(Set<Funder> funders) {
            this(funders, list(funders), new Outcomes());
        }

        public String name() { return "fundedBy"; }

        public Verdict evaluate(CriterionContext c) {
            Set<Funder> actual = c.facts().fundedBy();
            Verdict known = outcomes.get(actual);
            return known != null ? known : outcomes.keep(actual, explain(actual));
        }

        private Verdict explain(Set<Funder> actual) {
            if (actual == null) {
                return Verdict.unknown(FACT_FUNDED_BY, finding(name(), Truth.UNKNOWN, List.of(FACT_FUNDED_BY, shown)));
            }
            boolean any = actual.stream().anyMatch(funders::contains);
            return Verdict.known(any, finding(name(), Truth.of(any), List.of(actual.isEmpty() ? "-" : list(actual), shown)));
        }

        public Truth test(CriterionContext c) {
            Set<Funder> actual = c.facts().fundedBy();
            if (actual == null) {
                return Truth.UNKNOWN;
            }
            for (Funder f : actual) {
                if (funders.contains(f)) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_FUNDED_BY);
        }
    }

    /** The establishment is (or is not) attached to a public health establishment or public EHPAD. */
    record AttachedToPublicHospital(boolean expected, Outcomes outcomes) implements Criterion {
        public AttachedToPublicHospital(boolean expected) {
            this(expected, new Outcomes());
        }

        public String name() { return "attachedToPublicHospital"; }

        public Verdict evaluate(CriterionContext c) {
            Boolean actual = c.facts().attachedToPublicHospital();
            Verdict known = outcomes.get(actual);
            return known != null ? known : outcomes.keep(actual, explain(actual));
        }

        private Verdict explain(Boolean actual) {
            String key = name() + (expected ? "" : "Not");
            if (actual == null) {
                return Verdict.unknown(FACT_ATTACHED, finding(key, Truth.UNKNOWN, List.of(FACT_ATTACHED)));
            }
            boolean ok = actual == expected;
            return Verdict.known(ok, finding(key, Truth.of(ok), List.of()));
        }

        public Truth test(CriterionContext c) {
            Boolean actual = c.facts().attachedToPublicHospital();
            return actual == null ? Truth.UNKNOWN : Truth.of(actual == expected);
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_ATTACHED);
        }
    }

    /** The employee's main activity is accompaniment (socio-educational measures; defaults to true). */
    record MainActivityAccompaniment(Outcomes outcomes) implements Criterion {
        public MainActivityAccompaniment() {
            this(new Outcomes());
        }

        public String name() { return "mainActivityAccompaniment"; }

        public Verdict evaluate(CriterionContext c) {
            boolean ok = c.facts().mainActivityAccompaniment();
            Verdict known = outcomes.get(ok);
            return known != null ? known : outcomes.keep(ok, Verdict.known(ok, finding(name(), Truth.of(ok), List.of())));
        }

        public Truth test(CriterionContext c) {
            return Truth.of(c.facts().mainActivityAccompaniment());
        }

        /** Never undecided: the fact defaults to true. */
        public void addMissingFacts(CriterionContext c, Set<String> missing) {
        }
    }

    /** The employer applies a collective agreement of the listed IDCC numbers. */
    record IdccIn(Set<Integer> idccs, String shown, Outcomes outcomes) implements Criterion {
        public IdccIn(Set<Integer> idccs) {
            this(idccs, list(idccs), new Outcomes());
        }

        public String name() { return "idccIn"; }

        public Verdict evaluate(CriterionContext c) {
            Integer value = c.facts().idcc();
            Verdict known = outcomes.get(value);
            return known != null ? known : outcomes.keep(value, membership(name(), FACT_IDCC, value, idccs, shown));
        }

        public Truth test(CriterionContext c) {
            return contains(idccs, c.facts().idcc());
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(FACT_IDCC);
        }
    }

    /**
     * The employer belongs to the branch: its IDCC is listed, or, outside the list, it says so ({@code bassBranch},
     * membership following the main activity); an IDCC of associations with no agreement (9999) without that answer
     * is undecided; the IDCCs {@code never} (aide à domicile) are out whatever it says.
     */
    record BranchMember(Set<Integer> idccs, Set<Integer> noAgreement, Set<Integer> never, String shown,
                        Outcomes outcomes) implements Criterion {
        public BranchMember(Set<Integer> idccs, Set<Integer> noAgreement, Set<Integer> never) {
            this(idccs, noAgreement, never, list(idccs), new Outcomes());
        }

        public String name() { return "branchMember"; }

        public Verdict evaluate(CriterionContext c) {
            Integer idcc = c.facts().idcc();
            Boolean declared = c.facts().bassBranch();
            Object key = java.util.Arrays.asList(idcc, declared);
            Verdict known = outcomes.get(key);
            return known != null ? known : outcomes.keep(key, explain(idcc, declared));
        }

        private Verdict explain(Integer idcc, Boolean declared) {
            String shownIdcc = String.valueOf(idcc);
            return switch (test(idcc, declared)) {
                case TRUE -> Verdict.known(true, finding(idcc != null && idccs.contains(idcc) ? "branchMember.listed"
                        : "branchMember.declared", Truth.TRUE, List.of(shownIdcc, shown)));
                case FALSE -> Verdict.known(false, finding(idcc != null && never.contains(idcc) ? "branchMember.never"
                        : Boolean.FALSE.equals(declared) ? "branchMember.declared" : "branchMember.listed",
                        Truth.FALSE, List.of(shownIdcc, shown)));
                case UNKNOWN -> idcc == null
                        ? Verdict.unknown(FACT_IDCC, finding("branchMember.listed", Truth.UNKNOWN, List.of(FACT_IDCC, shown)))
                        : Verdict.unknown(FACT_BASS_BRANCH, finding("branchMember.declared", Truth.UNKNOWN,
                                List.of(shownIdcc, FACT_BASS_BRANCH)));
            };
        }

        public Truth test(CriterionContext c) {
            return test(c.facts().idcc(), c.facts().bassBranch());
        }

        private Truth test(Integer idcc, Boolean declared) {
            if (idcc != null && never.contains(idcc)) {
                return Truth.FALSE;
            }
            if (idcc != null && idccs.contains(idcc)) {
                return Truth.TRUE;
            }
            if (declared != null) {
                return Truth.of(declared);
            }
            return idcc == null || noAgreement.contains(idcc) ? Truth.UNKNOWN : Truth.FALSE;
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            missing.add(c.facts().idcc() == null ? FACT_IDCC : FACT_BASS_BRANCH);
        }
    }

    /**
     * The employer is a signatory member, or the non-signatory policy lets the measure apply: under
     * EXTENSION_PUBLICATION the entitlement starts on the publication date (a personal start date).
     */
    record NonSignatoryStart(NonSignatoryPolicy policy, LocalDate extensionPublished) implements Criterion {
        public String name() { return "nonSignatoryStart"; }

        public Verdict evaluate(CriterionContext c) {
            if (c.facts().signatoryMember()) {
                return Verdict.known(true, finding(name() + ".signatory", Truth.TRUE, List.of()));
            }
            String published = extensionPublished.toString();
            if (policy == NonSignatoryPolicy.AGREEMENT_DATE) {
                Finding f = new Finding(name(), Truth.TRUE, "criterion.nonSignatoryStart.agreementDate",
                        List.of(published), "NON_SIGNATORY_RETROACTIVITY_DISPUTED");
                return new Verdict(Truth.TRUE, List.of(), List.of(f), null);
            }
            boolean started = !c.month().atEndOfMonth().isBefore(extensionPublished);
            Finding f = finding(name() + ".publication", Truth.of(started), List.of(published));
            return new Verdict(Truth.of(started), List.of(), List.of(f), extensionPublished);
        }

        public Truth test(CriterionContext c) {
            if (c.facts().signatoryMember() || policy == NonSignatoryPolicy.AGREEMENT_DATE) {
                return Truth.TRUE;
            }
            return Truth.of(!c.month().atEndOfMonth().isBefore(extensionPublished));
        }

        /** Never undecided: the fact defaults to a signatory member. */
        public void addMissingFacts(CriterionContext c, Set<String> missing) {
        }

        /** A signatory member's verdict is plain; otherwise it carries a start date or a warning. */
        @Override
        public boolean qualifies(CriterionContext c) {
            return !c.facts().signatoryMember();
        }
    }

    /** The employee is eligible to none of the listed measures in the same month (no double payment). */
    record NotEligibleTo(List<MeasureRef> measures) implements Criterion {
        public String name() { return "notEligibleTo"; }

        @Override
        public List<MeasureRef> references() {
            return measures;
        }

        public Verdict evaluate(CriterionContext c) {
            List<String> unknown = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            for (MeasureRef ref : measures) {
                Verdict v = c.eligibility(ref);
                if (v.truth() == Truth.TRUE) {
                    return Verdict.known(false, finding(name(), Truth.FALSE, List.of(ref.measure(), ref.ruleSet())));
                }
                if (v.truth() == Truth.UNKNOWN) {
                    unknown.add(ref.measure());
                    missing.addAll(v.missingFacts());
                }
            }
            if (!unknown.isEmpty()) {
                return new Verdict(Truth.UNKNOWN, List.copyOf(missing),
                        List.of(finding(name(), Truth.UNKNOWN, List.of(String.join(", ", unknown)))), null);
            }
            List<String> codes = measures.stream().map(MeasureRef::measure).toList();
            return Verdict.known(true, finding(name(), Truth.TRUE, List.of(String.join(", ", codes))));
        }

        public Truth test(CriterionContext c) {
            boolean anyUnknown = false;
            for (int i = 0; i < measures.size(); i++) {
                Truth t = c.truth(measures.get(i));
                if (t == Truth.TRUE) {
                    return Truth.FALSE;
                }
                anyUnknown |= t == Truth.UNKNOWN;
            }
            return anyUnknown ? Truth.UNKNOWN : Truth.TRUE;
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            for (int i = 0; i < measures.size(); i++) {
                if (c.truth(measures.get(i)) == Truth.UNKNOWN) {
                    c.addMissingFacts(measures.get(i), missing);
                }
            }
        }
    }

    /** Every listed criterion holds. */
    record AllOf(List<Criterion> criteria) implements Criterion {
        public String name() { return "allOf"; }

        @Override
        public List<MeasureRef> references() {
            return criteria.stream().flatMap(x -> x.references().stream()).toList();
        }

        public Verdict evaluate(CriterionContext c) {
            List<Verdict> verdicts = new ArrayList<>(criteria.size());
            boolean anyFalse = false;
            boolean anyUnknown = false;
            LocalDate notBefore = null;
            for (Criterion criterion : criteria) {
                Verdict v = criterion.evaluate(c);
                verdicts.add(v);
                anyFalse |= v.truth() == Truth.FALSE;
                anyUnknown |= v.truth() == Truth.UNKNOWN;
                if (v.notBefore() != null && (notBefore == null || v.notBefore().isAfter(notBefore))) {
                    notBefore = v.notBefore();
                }
            }
            Truth truth = anyFalse ? Truth.FALSE : anyUnknown ? Truth.UNKNOWN : Truth.TRUE;
            return combine(truth, verdicts, truth == Truth.FALSE ? null : notBefore);
        }

        public Truth test(CriterionContext c) {
            return firstDecides(criteria, c, Truth.FALSE);
        }

        @Override
        public boolean qualifies(CriterionContext c) {
            return anyQualifies(criteria, c);
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            addMissingFactsOfUnknown(criteria, c, missing);
        }
    }

    /** At least one listed criterion holds. */
    record AnyOf(List<Criterion> criteria) implements Criterion {
        public String name() { return "anyOf"; }

        @Override
        public List<MeasureRef> references() {
            return criteria.stream().flatMap(x -> x.references().stream()).toList();
        }

        public Verdict evaluate(CriterionContext c) {
            List<Verdict> verdicts = new ArrayList<>(criteria.size());
            boolean anyTrue = false;
            boolean anyUnknown = false;
            for (Criterion criterion : criteria) {
                Verdict v = criterion.evaluate(c);
                verdicts.add(v);
                anyTrue |= v.truth() == Truth.TRUE;
                anyUnknown |= v.truth() == Truth.UNKNOWN;
            }
            Truth truth = anyTrue ? Truth.TRUE : anyUnknown ? Truth.UNKNOWN : Truth.FALSE;
            return combine(truth, verdicts, truth == Truth.TRUE ? earliestStart(verdicts) : null);
        }

        public Truth test(CriterionContext c) {
            return firstDecides(criteria, c, Truth.TRUE);
        }

        @Override
        public boolean qualifies(CriterionContext c) {
            return anyQualifies(criteria, c);
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            addMissingFactsOfUnknown(criteria, c, missing);
        }
    }

    /** The criterion does not hold. */
    record Not(Criterion criterion) implements Criterion {
        public String name() { return "not"; }

        @Override
        public List<MeasureRef> references() {
            return criterion.references();
        }

        public Verdict evaluate(CriterionContext c) {
            Verdict inner = criterion.evaluate(c);
            List<Finding> findings = new ArrayList<>(inner.findings().size());
            for (Finding f : inner.findings()) {
                findings.add(f.negated(FindingKeys.negated(f.criterion())));
            }
            return new Verdict(inner.truth().not(), inner.missingFacts(), List.copyOf(findings), null);
        }

        public Truth test(CriterionContext c) {
            return criterion.test(c).not();
        }

        public void addMissingFacts(CriterionContext c, Set<String> missing) {
            criterion.addMissingFacts(c, missing);
        }

        @Override
        public boolean qualifies(CriterionContext c) {
            return criterion.qualifies(c);
        }
    }

    /** The earliest personal start among the branches that hold; null when one of them has none. */
    private static LocalDate earliestStart(List<Verdict> verdicts) {
        LocalDate earliest = null;
        for (Verdict v : verdicts) {
            if (v.truth() == Truth.TRUE) {
                if (v.notBefore() == null) {
                    return null;
                }
                earliest = earliest == null || v.notBefore().isBefore(earliest) ? v.notBefore() : earliest;
            }
        }
        return earliest;
    }

    /** Keeps only the findings of the children whose outcome equals the combined outcome: they are the reasons. */
    private static Verdict combine(Truth truth, List<Verdict> verdicts, LocalDate notBefore) {
        List<Finding> findings = new ArrayList<>(verdicts.size() + 2);
        Set<String> missing = truth == Truth.UNKNOWN ? new TreeSet<>() : Set.of();
        for (Verdict v : verdicts) {
            if (v.truth() == truth) {
                findings.addAll(v.findings());
                if (truth == Truth.UNKNOWN) {
                    missing.addAll(v.missingFacts());
                }
            }
        }
        return new Verdict(truth, missing.isEmpty() ? List.of() : List.copyOf(missing), List.copyOf(findings), notBefore);
    }
}
