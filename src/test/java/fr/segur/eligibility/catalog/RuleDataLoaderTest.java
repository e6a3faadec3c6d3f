package fr.segur.eligibility.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.segur.eligibility.rules.RuleSetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file must stop loading with a message naming the file and the problem. */
class RuleDataLoaderTest {

    private static final String BASSMS_2024 = "bassms/2024-01-01.yaml";

    @TempDir
    Path dir;

    @Test
    void shippedRuleDataLoadsWithContiguousVersions() {
        RuleCatalog catalog = new RuleDataLoader(RuleSource.classpath("rulesets")).load();
        assertEquals(List.of("public-ifse", "bassms", "laforcade"), catalog.book().ids());
        for (var rs : catalog.book().ruleSets()) {
            List<RuleSetVersion> versions = rs.versions().stream().filter(v -> v.supersededBy() == null).toList();
            for (int i = 0; i + 1 < versions.size(); i++) {
                assertEquals(versions.get(i + 1).effectiveFrom().minusDays(1), versions.get(i).effectiveTo(), rs.id());
            }
            // A superseded version keeps the period of the revision that replaced it, and never evaluates.
            for (RuleSetVersion v : rs.versions()) {
                if (v.supersededBy() != null) {
                    RuleSetVersion by = rs.versions().stream().filter(x -> x.version().equals(v.supersededBy())).findFirst().orElseThrow();
                    assertEquals(v.version(), by.supersedes());
                    assertEquals(by.effectiveTo(), v.effectiveTo());
                    assertEquals(by.revision(), v.revision() + 1);
                    assertEquals(false, v.inForceOn(v.effectiveFrom()));
                }
            }
            assertEquals(null, versions.get(versions.size() - 1).effectiveTo());
            versions.forEach(v -> assertTrue(v.checksum().matches("sha256:[0-9a-f]{64}")));
        }
        assertEquals(48, catalog.reference().jobs().size());
        assertEquals(16, catalog.reference().establishmentTypes().size());
        assertEquals("2020-12-01-r2", catalog.book().ruleSet("bassms").versionOn(java.time.LocalDate.of(2021, 1, 1)).orElseThrow().version());
        assertEquals("2020-12-01-r2", catalog.book().ruleSet("bassms").versions().get(2).supersededBy());
    }

    @Test
    void unknownCriterion() {
        assertRejected(fixture().edit(BASSMS_2024, "- mainActivityAccompaniment: true", "- favouriteColour: blue").repin(),
                BASSMS_2024, "unknown criterion 'favouriteColour'");
    }

    @Test
    void unknownJobCodeAndFamily() {
        assertRejected(fixture().edit(BASSMS_2024, "jobFamilyIn: [SOCIO_EDUCATIF]", "jobIn: [ASTRONAUTE]").repin(),
                BASSMS_2024, "unknown job code 'ASTRONAUTE'");
        assertRejected(fixture2().edit(BASSMS_2024, "jobFamilyIn: [SOCIO_EDUCATIF]", "jobFamilyIn: [SPATIAL]").repin(),
                BASSMS_2024, "unknown job family 'SPATIAL'");
    }

    @Test
    void dateThatDoesNotParse() {
        assertRejected(fixture().edit(BASSMS_2024, "value: \"2024-08-06\"", "value: \"2024-02-30\"").repin(),
                BASSMS_2024, "'2024-02-30' is not a date");
    }

    @Test
    void versionWhoseContentDoesNotMatchItsName() {
        assertRejected(fixture().edit(BASSMS_2024, "version: \"2024-01-01\"", "version: \"2024-02-01\"").repin(),
                BASSMS_2024, "does not match the file name");
    }

    @Test
    void overlappingVersions() {
        assertRejected(fixture().edit("catalog.yaml", "2020-12-01-r2.yaml, 2022-01-01.yaml, 2022-04-01.yaml",
                "2020-12-01-r2.yaml, 2022-04-01.yaml, 2022-01-01.yaml"), "bassms/2022-04-01.yaml", "overlaps the next version");
    }

    @Test
    void revisionMustNameTheVersionItSupersedes() {
        assertRejected(fixture().edit("bassms/2020-12-01-r2.yaml", "supersedes: \"2020-12-01\"\n", "").repin(),
                "bassms/2020-12-01-r2.yaml", "names the version it supersedes");
        assertRejected(fixture2().edit("catalog.yaml", "2020-12-01.yaml, 2020-12-01-r2.yaml", "2020-12-01-r2.yaml"),
                "bassms/2020-12-01-r2.yaml", "a revision supersedes the previous revision");
    }

    @Test
    void gapBetweenVersions() {
        assertRejected(fixture().edit("bassms/2022-04-01-r2.yaml", "summary:", "effectiveTo: \"2023-06-30\"\nsummary:").repin(),
                "bassms/2022-04-01-r2.yaml", "leaves a gap before the next version 2024-01-01");
    }

    @Test
    void missingLegalBasis() {
        String text = fixture().read("laforcade/2021-06-01.yaml");
        String withoutBasis = text.substring(0, text.indexOf("    legalBasis:"));
        assertRejected(fixture2().write("laforcade/2021-06-01.yaml", withoutBasis).repin(),
                "laforcade/2021-06-01.yaml", "measures[0].legalBasis: is required");
    }

    @Test
    void publishedVersionEditedInPlace() {
        assertRejected(fixture().edit(BASSMS_2024, "euros: \"238.00\"", "euros: \"240.00\""),
                BASSMS_2024, "content differs from the checksum pinned in SHA256SUMS");
    }

    @Test
    void versionNotPinned() {
        RuleDataFixture f = fixture();
        f.write(RuleDataLoader.CHECKSUMS, f.read(RuleDataLoader.CHECKSUMS).lines()
                .filter(l -> !l.contains(BASSMS_2024)).reduce("", (a, b) -> a + b + "\n"));
        assertRejected(f, BASSMS_2024, "has no checksum in SHA256SUMS");
    }

    @Test
    void missingFile() {
        assertRejected(fixture().delete("laforcade/2021-10-01.yaml"), "laforcade/2021-10-01.yaml", "is missing");
    }

    @Test
    void invalidYaml() {
        assertRejected(fixture().write(BASSMS_2024, "ruleSet: [unclosed\n").repin(), BASSMS_2024, "is not valid YAML");
    }

    @Test
    void unknownParameterAndUnknownMeasureReference() {
        assertRejected(fixture().edit(BASSMS_2024, "{ param: branchIdcc }", "{ param: brnachIdcc }").repin(),
                BASSMS_2024, "unknown parameter 'brnachIdcc'");
        assertRejected(fixture2().edit(BASSMS_2024, "laforcade/LAFORCADE_PRIVE]", "laforcade/LAFORCADE_PRIVEE]").repin(),
                BASSMS_2024, "unknown measure laforcade/LAFORCADE_PRIVEE");
    }

    @Test
    void measureDependingOnItself() {
        assertRejected(fixture().edit(BASSMS_2024, "notEligibleTo: [bassms/SEGUR_SANTE_2020,", "notEligibleTo: [bassms/EXTENSION_2024,").repin(),
                "bassms", "depends on itself");
    }

    @Test
    void parameterOutsideItsAllowedValues() {
        assertRejected(fixture().edit(BASSMS_2024, "value: AGREEMENT_DATE", "value: WHENEVER").repin(),
                BASSMS_2024, "'WHENEVER' is not one of the allowed values");
    }

    private RuleDataFixture fixture() {
        return RuleDataFixture.copyOfShipped(dir.resolve("a"));
    }

    private RuleDataFixture fixture2() {
        return RuleDataFixture.copyOfShipped(dir.resolve("b"));
    }

    private static void assertRejected(RuleDataFixture fixture, String file, String problem) {
        RuleDataException e = assertThrows(RuleDataException.class, fixture::load);
        assertTrue(e.getMessage().startsWith(file), "names the file " + file + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), "says '" + problem + "': " + e.getMessage());
    }

    @Test
    void fixtureCopiesEveryFile() throws Exception {
        try (var files = Files.walk(fixture().root())) {
            assertTrue(files.filter(Files::isRegularFile).count() >= 15);
        }
    }
}
