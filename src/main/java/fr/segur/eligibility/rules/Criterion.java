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

    /** The key that names this criterion in rule files. */
    String name();

    Verdict evaluate(CriterionContext context);

    /** The measures this criterion refers to (to check references and cycles at load time). */
    default List<MeasureRef> references() {
        return List.of();
    }

    private static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static Finding finding(String name, Truth truth, List<String> args) {
        return new Finding(name, truth, "criterion." + name + "." + truth.name().toLowerCase(), args);
    }

    private static Verdict membership(String name, String fact, Object value, Collection<?> allowed) {
        if (value == null) {
            return Verdict.unknown(fact, finding(name, Truth.UNKNOWN, List.of(fact, list(allowed))));
        }
        boolean in = allowed.contains(value);
        return Verdict.known(in, finding(name, Truth.of(in), List.of(String.valueOf(value), list(allowed))));
    }

    /** The employee's sector is one of the listed sectors. */
    record SectorIn(Set<Sector> sectors) implements Criterion {
        public String name() { return "sectorIn"; }

        public Verdict evaluate(CriterionContext c) {
            return membership(name(), FACT_SECTOR, c.facts().sector(), sectors);
        }
    }

    /** The employee's job code is one of the listed codes. */
    record JobIn(Set<String> jobCodes) implements Criterion {
        public String name() { return "jobIn"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            return membership(name(), FACT_JOB, job == null ? null : job.code(), jobCodes);
        }
    }

    /** The family of the employee's job is one of the listed families. */
    record JobFamilyIn(Set<String> families) implements Criterion {
        public String name() { return "jobFamilyIn"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            if (job == null) {
                return Verdict.unknown(FACT_JOB, finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, list(families))));
            }
            boolean in = families.contains(job.family());
            return Verdict.known(in, finding(name(), Truth.of(in), List.of(job.code(), job.family(), list(families))));
        }
    }

    /** The employee's job carries a catalogue flag (a Laforcade job, a socio-educational job). */
    record JobFlagIs(JobFlag flag) implements Criterion {
        public String name() { return "jobFlag"; }

        public Verdict evaluate(CriterionContext c) {
            Job job = c.facts().job();
            if (job == null) {
                return Verdict.unknown(FACT_JOB, finding(name(), Truth.UNKNOWN, List.of(FACT_JOB, flag.name())));
            }
            boolean has = job.has(flag);
            return Verdict.known(has, finding(name(), Truth.of(has), List.of(job.code(), flag.name())));
        }
    }

    /** The employee's establishment type is one of the listed types. */
    record EstablishmentIn(Set<String> types) implements Criterion {
        public String name() { return "establishmentIn"; }

        public Verdict evaluate(CriterionContext c) {
            return membership(name(), FACT_ESTABLISHMENT, c.facts().establishmentType(), types);
        }
    }

    /** The establishment is funded, at least partly, by one of the listed funders. */
    record FundedByAny(Set<Funder> funders) implements Criterion {
        public String name() { return "fundedBy"; }

        public Verdict evaluate(CriterionContext c) {
            Set<Funder> actual = c.facts().fundedBy();
            if (actual == null) {
                return Verdict.unknown(FACT_FUNDED_BY, finding(name(), Truth.UNKNOWN, List.of(FACT_FUNDED_BY, list(funders))));
            }
            boolean any = actual.stream().anyMatch(funders::contains);
            return Verdict.known(any, finding(name(), Truth.of(any), List.of(actual.isEmpty() ? "-" : list(actual), list(funders))));
        }
    }

    /** The establishment is (or is not) attached to a public health establishment or public EHPAD. */
    record AttachedToPublicHospital(boolean expected) implements Criterion {
        public String name() { return "attachedToPublicHospital"; }

        public Verdict evaluate(CriterionContext c) {
            Boolean actual = c.facts().attachedToPublicHospital();
            String key = name() + (expected ? "" : "Not");
            if (actual == null) {
                return Verdict.unknown(FACT_ATTACHED, finding(key, Truth.UNKNOWN, List.of(FACT_ATTACHED)));
            }
            boolean ok = actual == expected;
            return Verdict.known(ok, finding(key, Truth.of(ok), List.of()));
        }
    }

    /** The employee's main activity is accompaniment (socio-educational measures; defaults to true). */
    record MainActivityAccompaniment() implements Criterion {
        public String name() { return "mainActivityAccompaniment"; }

        public Verdict evaluate(CriterionContext c) {
            boolean ok = c.facts().mainActivityAccompaniment();
            return Verdict.known(ok, finding(name(), Truth.of(ok), List.of()));
        }
    }

    /** The employer applies a collective agreement of the listed IDCC numbers. */
    record IdccIn(Set<Integer> idccs) implements Criterion {
        public String name() { return "idccIn"; }

        public Verdict evaluate(CriterionContext c) {
            return membership(name(), FACT_IDCC, c.facts().idcc(), idccs);
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
    }

    /** Every listed criterion holds. */
    record AllOf(List<Criterion> criteria) implements Criterion {
        public String name() { return "allOf"; }

        @Override
        public List<MeasureRef> references() {
            return criteria.stream().flatMap(x -> x.references().stream()).toList();
        }

        public Verdict evaluate(CriterionContext c) {
            List<Verdict> verdicts = criteria.stream().map(x -> x.evaluate(c)).toList();
            Truth truth = verdicts.stream().anyMatch(v -> v.truth() == Truth.FALSE) ? Truth.FALSE
                    : verdicts.stream().anyMatch(v -> v.truth() == Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
            LocalDate notBefore = truth == Truth.FALSE ? null : verdicts.stream().map(Verdict::notBefore)
                    .filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
            return combine(truth, verdicts, notBefore);
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
            List<Verdict> verdicts = criteria.stream().map(x -> x.evaluate(c)).toList();
            Truth truth = verdicts.stream().anyMatch(v -> v.truth() == Truth.TRUE) ? Truth.TRUE
                    : verdicts.stream().anyMatch(v -> v.truth() == Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.FALSE;
            return combine(truth, verdicts, truth == Truth.TRUE ? earliestStart(verdicts) : null);
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
            List<Finding> findings = inner.findings().stream().map(f -> f.negated("not(" + f.criterion() + ")")).toList();
            return new Verdict(inner.truth().not(), inner.missingFacts(), findings, null);
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
        List<Finding> findings = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        for (Verdict v : verdicts) {
            if (v.truth() == truth) {
                findings.addAll(v.findings());
                if (truth == Truth.UNKNOWN) {
                    missing.addAll(v.missingFacts());
                }
            }
        }
        return new Verdict(truth, List.copyOf(missing), List.copyOf(findings), notBefore);
    }
}
