package fr.segur.eligibility.variant;

import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.segur.eligibility.catalog.RuleCatalog;
import fr.segur.eligibility.rules.PointValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** The employees, the shipped named variant and what it implies, read from the rule data, for the variant tests. */
final class VariantFixtures {

    static final String NAME = "exemple-ifse-logistique";
    static final String MONTH = "2024-06";
    /** A cook of a département's child-protection home: LOGISTIQUE, outside the IFSE socle of the rules in force. */
    static final String COOK = "{\"id\": \"C-1\", \"sector\": \"PUBLIC_FPT\", \"jobCode\": \"CUISINIER\", "
            + "\"establishmentType\": \"PROTECTION_ENFANCE\", \"employmentStart\": \"2014-01-01\"}";
    /** A hospital nurse: the variant does not concern her. */
    static final String NURSE = "{\"id\": \"H-1\", \"sector\": \"PUBLIC_FPH\", \"jobCode\": \"INFIRMIER\", "
            + "\"establishmentType\": \"EHPAD\", \"employmentStart\": \"2015-01-01\"}";
    /** A private secretary, paid under bassms: its published checksum would show if a simulation leaked one. */
    static final String SECRETARY = "{\"id\": \"E-1\", \"sector\": \"PRIVATE_NON_PROFIT\", \"jobCode\": \"SECRETAIRE\", "
            + "\"establishmentType\": \"ESSMS_HANDICAP\", \"employer\": {\"idcc\": 413}, \"employmentStart\": \"2019-03-01\"}";
    static final String CSV = "id,sector,jobCode,establishmentType,idcc,employmentStart\n"
            + "C-1,PUBLIC_FPT,CUISINIER,PROTECTION_ENFANCE,,2014-01-01\n"
            + "H-1,PUBLIC_FPH,INFIRMIER,EHPAD,,2015-01-01\n"
            + "E-1,PRIVATE_NON_PROFIT,SECRETAIRE,ESSMS_HANDICAP,413,2019-03-01\n";

    private VariantFixtures() {
    }

    /**
     * The IFSE socle of a full-time agent in {@code month}, from the rule data: the points of the version in force
     * times the yearly value of index 100 over 1 200, rounded once half-up to the cent.
     */
    static String ifseSocle(RuleCatalog catalog, String month) {
        YearMonth m = YearMonth.parse(month);
        String points = catalog.book().ruleSet("public-ifse").versionOn(m.atDay(1)).orElseThrow()
                .parameters().get("ifseSocleAmountPoints").value();
        PointValues.Row row = catalog.book().pointValues().rowFor(m);
        return new BigDecimal(points).multiply(row.annualIndex100())
                .divide(new BigDecimal(1200), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Every published checksum of SHA256SUMS (hexadecimal digits only, as they would appear anywhere). */
    static List<String> publishedChecksums() {
        try {
            return Files.readAllLines(Path.of("src/main/resources/rulesets/SHA256SUMS")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails if the answer holds any published rule-set checksum. */
    static void assertNoPublishedChecksum(String answer) {
        for (String sum : publishedChecksums()) {
            assertFalse(answer.contains(sum), "a simulation carries the published checksum " + sum + ": " + answer);
        }
    }
}
