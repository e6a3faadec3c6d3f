package fr.segur.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataFixture;
import fr.segur.eligibility.catalog.RuleDataLoader;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.rules.Evaluation.MeasureOutcome;
import fr.segur.eligibility.rules.Evaluation.Status;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on its own, with plain JUnit: amounts, priorities, three-valued logic, effective dates. */
class EvaluatorTest {

    private static final RuleCatalog CATALOG = new RuleDataLoader(RuleSource.classpath("rulesets")).load();
    private static final Evaluator ENGINE = new Evaluator(CATALOG.book());
    private static final List<String> ALL = CATALOG.book().ids();

    @TempDir
    Path dir;

    /** A builder of facts, starting from a full-time employee hired long ago. */
    private record Facts(Sector sector, String job, String establishment, Set<Funder> funders, Boolean attached,
                         Integer idcc, boolean signatory, WorkingTime time, PartTimeScheme scheme, PayRate pay,
                         LocalDate start, LocalDate end) {
        static Facts of(Sector sector, String job, String establishment) {
            return new Facts(sector, job, establishment, null, null, null, true, WorkingTime.FULL_TIME,
                    PartTimeScheme.TEMPS_PARTIEL, PayRate.FULL, LocalDate.of(2010, 1, 1), null);
        }

        Facts idcc(Integer v) { return new Facts(sector, job, establishment, funders, attached, v, signatory, time, scheme, pay, start, end); }
        Facts funders(Set<Funder> v) { return new Facts(sector, job, establishment, v, attached, idcc, signatory, time, scheme, pay, start, end); }
        Facts attached(Boolean v) { return new Facts(sector, job, establishment, funders, v, idcc, signatory, time, scheme, pay, start, end); }
        Facts nonSignatory() { return new Facts(sector, job, establishment, funders, attached, idcc, false, time, scheme, pay, start, end); }
        Facts ratio(String r) { return new Facts(sector, job, establishment, funders, attached, idcc, signatory, new WorkingTime(new BigDecimal(r), null), scheme, pay, start, end); }
        Facts hours(String h) { return new Facts(sector, job, establishment, funders, attached, idcc, signatory, new WorkingTime(null, new BigDecimal(h)), scheme, pay, start, end); }
        Facts scheme(PartTimeScheme v) { return new Facts(sector, job, establishment, funders, attached, idcc, signatory, time, v, pay, start, end); }
        Facts halfPay() { return new Facts(sector, job, establishment, funders, attached, idcc, signatory, time, scheme, PayRate.HALF, start, end); }
        Facts employed(String from, String to) {
            return new Facts(sector, job, establishment, funders, attached, idcc, signatory, time, scheme, pay,
                    from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        }

        EmployeeFacts build() {
            return new EmployeeFacts("T", sector, job == null ? null : CATALOG.reference().jobs().get(job), establishment,
                    funders, attached, true, idcc, signatory, null, time, scheme, pay, start, end);
        }
    }

    private static Evaluation eval(Evaluator engine, String month, Facts f, List<String> ruleSets) {
        return engine.evaluate(YearMonth.parse(month), f.build(), ruleSets);
    }

    private static Evaluation eval(String month, Facts f) {
        return eval(ENGINE, month, f, ALL);
    }

    private static void assertPaid(Evaluation e, String measure, String amount, String effective) {
        assertEquals(Status.ELIGIBLE, e.status(), () -> "status of " + e);
        assertEquals(measure, e.entitlement().measure().code());
        assertEquals(new BigDecimal(amount), e.entitlement().amount());
        assertEquals(2, e.entitlement().amount().scale(), "money has two decimals");
        assertEquals(LocalDate.parse(effective), e.entitlement().effectiveDate());
    }

    private static final Facts EHPAD_NURSE = Facts.of(Sector.PUBLIC_FPH, "INFIRMIER", "EHPAD");
    private static final Facts CCN66_SECRETARY = Facts.of(Sector.PRIVATE_NON_PROFIT, "SECRETAIRE", "ESSMS_HANDICAP").idcc(413);

    @Test
    void workedExamplesOfTheDomainDocument() {
        assertPaid(eval("2020-09", EHPAD_NURSE), "CTI_SANTE_2020", "112.46", "2020-09-01");
        assertPaid(eval("2020-12", EHPAD_NURSE), "CTI_SANTE_2020", "229.62", "2020-09-01");
        assertPaid(eval("2022-07", EHPAD_NURSE), "CTI_SANTE_2020", "237.65", "2020-09-01");
        assertPaid(eval("2023-06", EHPAD_NURSE), "CTI_SANTE_2020", "237.65", "2020-09-01");
        assertPaid(eval("2023-07", EHPAD_NURSE), "CTI_SANTE_2020", "241.22", "2020-09-01");
        assertPaid(eval("2023-07", EHPAD_NURSE.ratio("0.8")), "CTI_SANTE_2020", "206.76", "2020-09-01");
        assertPaid(eval("2023-07", EHPAD_NURSE.ratio("0.9")), "CTI_SANTE_2020", "220.54", "2020-09-01");
        assertPaid(eval("2023-07", EHPAD_NURSE.halfPay()), "CTI_SANTE_2020", "120.61", "2020-09-01");
        assertPaid(eval("2024-05", CCN66_SECRETARY.hours("75.84")), "EXTENSION_2024", "119.01", "2024-01-01");
        assertPaid(eval("2024-05", CCN66_SECRETARY.ratio("0.8")), "EXTENSION_2024", "190.40", "2024-01-01");
        assertPaid(eval("2024-05", CCN66_SECRETARY.hours("121.34")), "EXTENSION_2024", "190.41", "2024-01-01");
        assertPaid(eval("2022-04", Facts.of(Sector.PRIVATE_NON_PROFIT, "EDUCATEUR_SPECIALISE", "ESSMS_HANDICAP").idcc(413)),
                "SOCIO_EDUCATIF_2022", "238.00", "2022-04-01");
        assertEquals(Status.NOT_ELIGIBLE, eval("2023-03", CCN66_SECRETARY).status());
        assertPaid(eval("2022-04", Facts.of(Sector.PUBLIC_FPT, "AGENT_SOCIAL", "PROTECTION_ENFANCE")),
                "CTI_SOCIO_EDUCATIF_2022", "229.62", "2022-04-01");
    }

    @Test
    void effectiveDateOfTheSection7Example() {
        Facts educator = Facts.of(Sector.PRIVATE_NON_PROFIT, "EDUCATEUR_SPECIALISE", "PROTECTION_ENFANCE").idcc(413)
                .employed("2019-03-01", null);
        assertPaid(eval("2024-09", educator), "SOCIO_EDUCATIF_2022", "238.00", "2022-04-01");
    }

    @Test
    void aFailedCriterionDecidesWithoutTheMissingFact() {
        // A secretary is not a Laforcade job: the unknown funding does not matter, the 2024 extension applies.
        Evaluation e = eval("2024-09", CCN66_SECRETARY);
        assertPaid(e, "EXTENSION_2024", "238.00", "2024-01-01");
        assertEquals(List.of(), e.missingFacts());
    }

    @Test
    void aMissingFactTheAnswerDependsOnMakesItIndeterminate() {
        Facts aes = Facts.of(Sector.PRIVATE_NON_PROFIT, "AES", "ESSMS_HANDICAP").idcc(413);
        Evaluation e = eval("2024-09", aes);
        assertEquals(Status.INDETERMINATE, e.status());
        assertNull(e.entitlement());
        assertEquals(List.of("employee.fundedBy"), e.missingFacts());

        assertPaid(eval("2024-09", aes.funders(Set.of(Funder.DEPARTEMENT))), "LAFORCADE_PRIVE", "238.00", "2021-11-01");
        assertPaid(eval("2024-09", aes.funders(Set.of(Funder.AUTRE))), "EXTENSION_2024", "238.00", "2024-01-01");

        Evaluation noIdcc = eval("2024-09", Facts.of(Sector.PRIVATE_NON_PROFIT, "SECRETAIRE", "ESSMS_HANDICAP"));
        assertEquals(Status.INDETERMINATE, noIdcc.status());
        assertEquals(List.of("employee.employer.idcc"), noIdcc.missingFacts());
    }

    @Test
    void oneSupplementAMonthTheOthersAreReportedNotApplicable() {
        // A public socio-educational agent of an ESMS attached to a public hospital: Laforcade (2021) wins over the 2022 CTI.
        Facts agent = Facts.of(Sector.PUBLIC_FPH, "EDUCATEUR_SPECIALISE", "ESSMS_HANDICAP").attached(true)
                .funders(Set.of(Funder.ASSURANCE_MALADIE));
        Evaluation e = eval("2024-09", agent);
        assertPaid(e, "LAFORCADE_PUBLIC_RATTACHE", "241.22", "2021-06-01");
        var ifse = e.decisions().stream().filter(d -> d.ruleSet().equals("public-ifse")).findFirst().orElseThrow();
        var cti = ifse.measures().stream().filter(m -> m.measure().equals("CTI_SOCIO_EDUCATIF_2022")).findFirst().orElseThrow();
        assertEquals(MeasureOutcome.NOT_APPLICABLE, cti.outcome());
        assertEquals("decision.alreadyCovered", cti.reasons().get(0).key());
        assertEquals(List.of("LAFORCADE_PUBLIC_RATTACHE", "laforcade"), cti.reasons().get(0).args());
    }

    @Test
    void exclusionsAreCheckedEvenWhenTheExcludingRuleSetIsNotRequested() {
        Facts aes = Facts.of(Sector.PRIVATE_NON_PROFIT, "AES", "ESSMS_HANDICAP").idcc(413).funders(Set.of(Funder.ASSURANCE_MALADIE));
        Evaluation e = eval(ENGINE, "2024-09", aes, List.of("bassms"));
        assertEquals(Status.NOT_ELIGIBLE, e.status());
        var extension = e.decisions().get(0).measures().stream().filter(m -> m.measure().equals("EXTENSION_2024")).findFirst().orElseThrow();
        assertEquals(MeasureOutcome.NOT_MET, extension.outcome());
        assertEquals(List.of("LAFORCADE_PRIVE", "laforcade"), extension.reasons().get(0).args());
    }

    @Test
    void measuresNotYetInForceSayWhenTheyStart() {
        Evaluation e = eval(ENGINE, "2023-03", CCN66_SECRETARY, List.of("bassms"));
        var extension = e.decisions().get(0).measures().stream().filter(m -> m.measure().equals("EXTENSION_2024")).findFirst().orElseThrow();
        assertEquals(MeasureOutcome.NOT_IN_FORCE, extension.outcome());
        assertEquals(List.of("2024-01-01"), extension.reasons().get(0).args());
        Evaluation before = eval(ENGINE, "2021-05", CCN66_SECRETARY, List.of("laforcade"));
        assertEquals("decision.noVersion", before.decisions().get(0).reasons().get(0).key());
    }

    @Test
    void partialMonthsFollowEachConvention() {
        // Public: thirtieths. Hired on 16 Aug 2023 (31-day month): 15 days not employed, 15/30.
        assertPaid(eval("2023-08", EHPAD_NURSE.employed("2023-08-16", null)), "CTI_SANTE_2020", "120.61", "2023-08-16");
        // February, whole month: 30/30 whatever its length.
        assertPaid(eval("2024-02", EHPAD_NURSE), "CTI_SANTE_2020", "241.22", "2020-09-01");
        // Left on 1 March: 30 − 30 = 0 thirtieths.
        assertPaid(eval("2024-03", EHPAD_NURSE.employed("2010-01-01", "2024-03-01")), "CTI_SANTE_2020", "0.00", "2020-09-01");
        // Private: calendar days. Hired on 16 Sept 2024 (30-day month): 15/30.
        assertPaid(eval("2024-09", CCN66_SECRETARY.employed("2024-09-16", null)), "EXTENSION_2024", "119.00", "2024-09-16");
        // Left on 10 Feb 2024 (29-day month): 10/29 of 238 = 82.068… → 82.07.
        assertPaid(eval("2024-02", CCN66_SECRETARY.employed("2015-01-01", "2024-02-10")), "EXTENSION_2024", "82.07", "2024-01-01");
        assertEquals(Status.NOT_ELIGIBLE, eval("2024-03", CCN66_SECRETARY.employed("2015-01-01", "2024-02-10")).status());
        assertEquals(Status.NOT_ELIGIBLE, eval("2024-03", CCN66_SECRETARY.employed("2024-04-01", null)).status());
    }

    @Test
    void workingTimeRules() {
        assertPaid(eval("2024-05", CCN66_SECRETARY.hours("169")), "EXTENSION_2024", "238.00", "2024-01-01");
        // Temps non complet: the ratio of hours, no 6/7 rule.
        assertPaid(eval("2023-07", EHPAD_NURSE.ratio("0.8").scheme(PartTimeScheme.TEMPS_NON_COMPLET)), "CTI_SANTE_2020", "192.97", "2020-09-01");
        // Temps partiel given in hours: 121.34 h is an 80 % quotité, so 6/7.
        assertPaid(eval("2023-07", EHPAD_NURSE.hours("121.34")), "CTI_SANTE_2020", "206.76", "2020-09-01");
        // Private half pay (conventional parameter): 238 / 2.
        assertPaid(eval("2024-05", CCN66_SECRETARY.halfPay()), "EXTENSION_2024", "119.00", "2024-01-01");
    }

    @Test
    void nonSignatoryEmployerUnderTheDefaultPolicyIsWarned() {
        Evaluation e = eval("2024-03", CCN66_SECRETARY.nonSignatory());
        assertPaid(e, "EXTENSION_2024", "238.00", "2024-01-01");
        assertEquals(List.of("NON_SIGNATORY_RETROACTIVITY_DISPUTED"), e.warnings().stream().map(Evaluation.Warning::code).toList());
        assertEquals(List.of(), eval("2024-03", CCN66_SECRETARY).warnings());
    }

    @Test
    void nonSignatoryEmployerUnderTheExtensionPublicationPolicy() {
        RuleCatalog alt = RuleDataFixture.copyOfShipped(dir)
                .edit("bassms/2024-01-01-r2.yaml", "value: AGREEMENT_DATE", "value: EXTENSION_PUBLICATION").repin().load();
        Evaluator engine = new Evaluator(alt.book());
        Facts f = CCN66_SECRETARY.nonSignatory();
        assertEquals(Status.NOT_ELIGIBLE, eval(engine, "2024-07", f, ALL).status());
        // August 2024: from the 6th, 26 of 31 calendar days: 238 × 26 / 31 = 199.61.
        assertPaid(eval(engine, "2024-08", f, ALL), "EXTENSION_2024", "199.61", "2024-08-06");
        assertPaid(eval(engine, "2024-09", f, ALL), "EXTENSION_2024", "238.00", "2024-08-06");
        assertPaid(eval(engine, "2024-07", CCN66_SECRETARY, ALL), "EXTENSION_2024", "238.00", "2024-01-01");
    }

    @Test
    void aComplementaryMeasureMetIsListedWhenThePrincipalIsUndecided() {
        // Shipped data cannot reach this (Ségur 2 needs IDCC 413, always of the branch): an employer text paying it
        // for associations without agreement (9999) leaves Ségur santé undecided (bassBranch missing) while it is met.
        RuleCatalog alt = RuleDataFixture.copyOfShipped(dir)
                .edit("bassms/2022-01-01.yaml", "segur2Idccs:\n    value: [413]", "segur2Idccs:\n    value: [413, 9999]")
                .repin().load();
        Evaluator engine = new Evaluator(alt.book());
        Facts nurse = Facts.of(Sector.PRIVATE_NON_PROFIT, "INFIRMIER", "ETABLISSEMENT_SANTE");
        Evaluation undecided = eval(engine, "2022-03", nurse.idcc(9999), ALL);
        assertEquals(Status.INDETERMINATE, undecided.status());
        assertNull(undecided.entitlement(), "no principal while Ségur santé is undecided");
        assertEquals(List.of("SEGUR_2_NEXEM_2022"), undecided.entitlements().stream().map(e -> e.measure().code()).toList());
        assertEquals(new BigDecimal("38.00"), undecided.totalAmount());
        assertEquals(List.of("employee.employer.bassBranch"), undecided.missingFacts());
        assertTrue(undecided.warnings().stream().anyMatch(w -> w.code().equals("TOTAL_MAY_BE_INCOMPLETE")));
        assertEquals(MeasureOutcome.MET, outcome(undecided, "bassms", "SEGUR_2_NEXEM_2022"));
        assertEquals(MeasureOutcome.UNKNOWN, outcome(undecided, "bassms", "SEGUR_SANTE_2020"));
        // The other side: with the principal decided, both are paid, the principal first.
        Evaluation decided = eval(engine, "2022-03", nurse.idcc(413), ALL);
        assertPaid(decided, "SEGUR_SANTE_2020", "237.00", "2020-09-01");
        assertEquals(new BigDecimal("275.00"), decided.totalAmount());
    }

    private static MeasureOutcome outcome(Evaluation e, String ruleSet, String measure) {
        return e.decisions().stream().filter(d -> d.ruleSet().equals(ruleSet)).flatMap(d -> d.measures().stream())
                .filter(m -> m.measure().equals(measure)).findFirst().orElseThrow().outcome();
    }

    @Test
    void localParametersAreNamedInTheAnswer() {
        Evaluation e = eval("2023-09", Facts.of(Sector.PUBLIC_FPT, "SECRETAIRE", "SERVICE_SOCIAL"));
        assertPaid(e, "IFSE_SOCLE_SEGUR", "241.22", "2023-03-01");
        assertEquals(List.of("LOCAL_PARAMETER"), e.warnings().stream().map(Evaluation.Warning::code).toList());
        assertTrue(e.justification().stream().anyMatch(j -> j.outcome() == Evaluation.LineOutcome.INFO
                && j.message().args().get(0).equals("ifseSocleAmountPoints")));
    }

    @Test
    void fractionsRoundOnceHalfUp() {
        assertEquals(new BigDecimal("0.01"), new Fraction(new BigDecimal("0.005"), BigDecimal.ONE).toCents());
        assertEquals(new BigDecimal("0.00"), new Fraction(new BigDecimal("0.0049999"), BigDecimal.ONE).toCents());
        assertEquals("0.857143", Fraction.of(6, 7).toDisplay());
        assertEquals("1", Fraction.of(30, 30).toDisplay());
        assertEquals("0.8", Fraction.of(new BigDecimal("0.80")).toDisplay());
    }
}
