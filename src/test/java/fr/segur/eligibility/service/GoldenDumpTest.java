package fr.segur.eligibility.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.segur.eligibility.api.Detail;
import fr.segur.eligibility.api.Messages;
import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.catalog.RuleDataLoader;
import fr.segur.eligibility.catalog.RuleSource;
import fr.segur.eligibility.rules.EmployeeFacts;
import fr.segur.eligibility.rules.Evaluator;
import fr.segur.eligibility.rules.RandomFacts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TEMPORARY (not committed): dumps answers of random inputs, to diff the engine before and after a rewrite. */
class GoldenDumpTest {
    @Test
    void dump() throws Exception {
        RuleCatalog catalog = new RuleDataLoader(RuleSource.classpath("rulesets")).load();
        Evaluator engine = new Evaluator(catalog.book());
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RandomFacts random = new RandomFacts(42, catalog.reference(), catalog.book().ids());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("golden.out", "/tmp/golden/out.txt"))))) {
            for (int i = 0; i < 20000; i++) {
                YearMonth month = random.month();
                List<String> rs = random.ruleSets();
                EmployeeFacts f = random.employee();
                boolean explained = i % 2 == 0;
                var e = engine.evaluate(month, f, rs, explained);
                out.println(i + " " + mapper.writeValueAsString(ResponseMapper.toResponse(e, "R", i % 3 == 0 ? Messages.ENGLISH : Messages.FRENCH,
                        explained ? Detail.FULL : Detail.SUMMARY)));
            }
        }
    }
}
