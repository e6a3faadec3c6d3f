package fr.segur.eligibility.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.segur.eligibility.mapping.RuleSetHtml;
import fr.segur.eligibility.rules.Criterion;
import fr.segur.eligibility.rules.CriterionContext;
import fr.segur.eligibility.rules.EmployeeFacts;
import fr.segur.eligibility.rules.Finding;
import fr.segur.eligibility.rules.Funder;
import fr.segur.eligibility.rules.Job;
import fr.segur.eligibility.rules.JobFlag;
import fr.segur.eligibility.rules.MeasureRef;
import fr.segur.eligibility.rules.Sector;
import fr.segur.eligibility.rules.Truth;
import fr.segur.eligibility.rules.Verdict;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The criterion vocabulary agrees everywhere it is written: every criterion class of the sealed {@link Criterion}
 * has a parser case, every leaf criterion an HTML sentence, and every finding its French and English message.
 */
class CriterionVocabularyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "not");

    /** One rule-file criterion per case the parser knows; two where an argument changes the findings' keys. */
    private static final List<String> SAMPLES = List.of(
            "{\"sectorIn\": [\"PUBLIC_FPH\"]}",
            "{\"jobIn\": [\"IDE\"]}",
            "{\"jobFamilyIn\": [\"SOIGNANT\"]}",
            "{\"jobFlag\": \"LAFORCADE\"}",
            "{\"establishmentIn\": [\"EHPAD\"]}",
            "{\"fundedBy\": [\"ASSURANCE_MALADIE\"]}",
            "{\"attachedToPublicHospital\": true}",
            "{\"attachedToPublicHospital\": false}",
            "{\"mainActivityAccompaniment\": true}",
            "{\"idccIn\": [29]}",
            "{\"branchMember\": {\"idcc\": [29], \"noAgreementIdcc\": [9999], \"neverIdcc\": [2941]}}",
            "{\"notEligibleTo\": [\"other/MEASURE\"]}",
            "{\"nonSignatoryStart\": {\"policy\": \"EXTENSION_PUBLICATION\", \"extensionPublished\": \"2024-01-01\"}}",
            "{\"nonSignatoryStart\": {\"policy\": \"AGREEMENT_DATE\", \"extensionPublished\": \"2024-01-01\"}}",
            "{\"allOf\": [{\"sectorIn\": [\"PUBLIC_FPH\"]}]}",
            "{\"anyOf\": [{\"sectorIn\": [\"PUBLIC_FPH\"]}]}",
            "{\"not\": {\"sectorIn\": [\"PUBLIC_FPH\"]}}");

    private static final Job IDE = new Job("IDE", "Infirmier", "SOIGNANT", Set.of(JobFlag.LAFORCADE));
    private static final Job ASH = new Job("ASH", "Agent de service", "SERVICE", Set.of());
    private static final ReferenceData REFERENCE = new ReferenceData(Map.of("IDE", IDE, "ASH", ASH),
            Map.of("EHPAD", "EHPAD", "FAM", "Foyer d'accueil médicalisé"));

    /**
     * Employees that, between them, lead every criterion to each of its findings: no facts, facts that match,
     * facts that do not, and each way an employer's IDCC and declared branch decide membership.
     */
    private static final List<EmployeeFacts> EMPLOYEES = List.of(
            facts(null, null, null, null, null, false, null, false, null),
            facts(Sector.PUBLIC_FPH, IDE, "EHPAD", Set.of(Funder.ASSURANCE_MALADIE), true, true, 29, true, null),
            facts(Sector.PRIVATE_FOR_PROFIT, ASH, "FAM", Set.of(), false, false, 2941, false, true),
            facts(null, null, null, Set.of(Funder.ETAT), null, true, 1234, false, null),
            facts(null, null, null, null, null, true, 1234, false, true),
            facts(null, null, null, null, null, true, 1234, false, false),
            facts(null, null, null, null, null, true, 9999, false, null));

    private static EmployeeFacts facts(Sector sector, Job job, String establishment, Set<Funder> funders,
                                       Boolean attached, boolean accompaniment, Integer idcc, boolean signatory,
                                       Boolean bassBranch) {
        return new EmployeeFacts("E1", sector, job, establishment, funders, attached, accompaniment, idcc, signatory,
                bassBranch, null, null, null, null, null);
    }

    @Test
    void everyCriterionClassHasItsParserCase() throws Exception {
        Set<Class<?>> parsed = new HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Criterion criterion : parsedSamples()) {
            parsed.add(criterion.getClass());
            names.add(criterion.name());
        }
        assertEquals(leaves(Criterion.class), parsed, "criterion classes without a parser sample or case");
        assertEquals(CriterionParser.VOCABULARY, List.copyOf(names), "the parser's vocabulary and its cases");
    }

    @Test
    void everyLeafCriterionHasItsHtmlSentence() {
        Set<String> leaves = new TreeSet<>(CriterionParser.VOCABULARY);
        leaves.removeAll(COMBINATORS);
        assertEquals(leaves, new TreeSet<>(RuleSetHtml.labelledCriteria()));
    }

    @Test
    void everyFindingHasItsFrenchAndEnglishMessageAndEveryMessageAFinding() throws Exception {
        Set<String> built = new TreeSet<>();
        for (Criterion criterion : parsedSamples()) {
            for (YearMonth month : List.of(YearMonth.of(2023, 6), YearMonth.of(2024, 6))) {
                for (Truth other : Truth.values()) {
                    for (EmployeeFacts employee : EMPLOYEES) {
                        for (Finding f : criterion.evaluate(new Context(employee, month, other)).findings()) {
                            built.add(f.message().key());
                        }
                    }
                }
            }
        }
        // Each file on its own: a bundle's key set would include its parent's, hiding a message missing in English.
        for (String file : List.of("messages/messages.properties", "messages/messages_en.properties")) {
            Properties messages = new Properties();
            try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(file),
                    StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            Set<String> written = new TreeSet<>(messages.stringPropertyNames());
            written.removeIf(k -> !k.startsWith("criterion."));
            assertEquals(Set.of(), minus(built, written), "findings without a message in " + file);
            assertEquals(Set.of(), minus(written, built), "messages of " + file + " no finding builds (stale, or no "
                    + "employee here leads to them)");
        }
        assertTrue(built.size() > 40, "every criterion reached each of its findings: " + built.size());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static List<Criterion> parsedSamples() throws Exception {
        CriterionParser parser = new CriterionParser(REFERENCE);
        List<Criterion> criteria = new ArrayList<>();
        for (String sample : SAMPLES) {
            criteria.add(parser.parse(Node.root("sample", JSON.readTree(sample))));
        }
        return criteria;
    }

    /** The concrete classes a sealed type permits, through its sealed sub-interfaces. */
    private static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> leaves = new HashSet<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                leaves.addAll(leaves(permitted));
            } else {
                leaves.add(permitted);
            }
        }
        return leaves;
    }

    /** An employee in a month, where every measure a criterion refers to has the same outcome. */
    private record Context(EmployeeFacts facts, YearMonth month, Truth others) implements CriterionContext {

        @Override
        public Verdict eligibility(MeasureRef measure) {
            return new Verdict(others, others == Truth.UNKNOWN ? List.of("employee.sector") : List.of(), List.of(), null);
        }

        @Override
        public Truth truth(MeasureRef measure) {
            return others;
        }

        @Override
        public void addMissingFacts(MeasureRef measure, Set<String> missing) {
            missing.add("employee.sector");
        }
    }
}
