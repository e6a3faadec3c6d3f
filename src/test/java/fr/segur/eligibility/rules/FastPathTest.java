package fr.segur.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataFixture;
import fr.segur.eligibility.catalog.RuleDataLoader;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.rules.Evaluation.Status;
import fr.segur.eligibility.rules.MonthPlan.MeasureInForce;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's fast path agrees with its explained path: a criterion's truth alone equals the truth of its explained
 * verdict (and the facts missing when it is unknown), and an answer without explanation equals the explained answer without its justification and decisions,
 * on seeded random employees, months and rule-set selections, under both non-signatory policies.
 */
class FastPathTest {

    private static final int EMPLOYEES = 4000;

    @TempDir
    Path dir;

    @Test
    void shippedRuleData() {
        check(new RuleDataLoader(RuleSource.classpath("rulesets")).load(), 1);
    }

    @Test
    void extensionPublicationPolicy() {
        check(RuleDataFixture.copyOfShipped(dir)
                .edit("bassms/2024-01-01.yaml", "value: AGREEMENT_DATE", "value: EXTENSION_PUBLICATION").repin().load(), 2);
    }

    private static void check(RuleCatalog catalog, long seed) {
        Evaluator engine = new Evaluator(catalog.book());
        RandomFacts random = new RandomFacts(seed, catalog.reference(), catalog.book().ids());
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        int measuresCompared = 0;
        int undecidedCompared = 0;
        for (int i = 0; i < EMPLOYEES; i++) {
            YearMonth month = random.month();
            List<String> ruleSets = random.ruleSets();
            EmployeeFacts facts = random.employee();
            String what = "employee " + i + " in " + month + " " + ruleSets + ": " + facts;

            MonthPlan plan = new MonthPlan(catalog.book(), month);
            MonthContext fast = new MonthContext(plan, facts);
            MonthContext explained = new MonthContext(plan, facts);
            for (MeasureInForce slot : plan.byPriority()) {
                Verdict verdict = explained.verdict(slot);
                assertEquals(verdict.truth(), fast.truth(slot), slot.measure().code() + ", " + what);
                if (verdict.truth() == Truth.UNKNOWN) {
                    Set<String> missing = new TreeSet<>();
                    slot.measure().eligibility().addMissingFacts(fast, missing);
                    assertEquals(new TreeSet<>(verdict.missingFacts()), missing, slot.measure().code() + ", " + what);
                    undecidedCompared++;
                }
                measuresCompared++;
            }

            Evaluation full = engine.evaluate(month, facts, ruleSets, true);
            Evaluation summary = engine.evaluate(month, facts, ruleSets, false);
            assertEquals(full.status(), summary.status(), what);
            assertEquals(full.entitlement(), summary.entitlement(), what);
            assertEquals(full.warnings(), summary.warnings(), what);
            assertEquals(full.missingFacts(), summary.missingFacts(), what);
            assertTrue(summary.justification().isEmpty(), what);
            statuses.merge(full.status(), 1, Integer::sum);
        }
        // Guards the comparison: every outcome occurs often enough for the agreement to mean something.
        for (Status s : Status.values()) {
            assertTrue(statuses.getOrDefault(s, 0) > EMPLOYEES / 20, s + " in " + statuses);
        }
        assertTrue(measuresCompared > EMPLOYEES * 3, "measures compared: " + measuresCompared);
        assertTrue(undecidedCompared > EMPLOYEES / 4, "undecided measures compared: " + undecidedCompared);
    }
}
