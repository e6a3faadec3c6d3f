package fr.segur.eligibility.mapping;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The French page of a rule-set version shows the catalogue labels next to the codes, and only what its CSP allows. */
@QuarkusTest
class RuleSetHtmlTest {

    /** A code listed with nothing after it: a label the page lacks. */
    private static final Pattern CODE_WITHOUT_LABEL = Pattern.compile("<li><code>([A-Z0-9_]+)</code></li>");

    @Test
    void jobsEstablishmentTypesFundersAndSectorsShowTheirFrenchLabels() {
        // AIDE_SOIGNANT and AES: jobs of the LAFORCADE flag, each code with its label.
        assertShows(page("laforcade", "2021-11-01"),
                "<code>AIDE_SOIGNANT</code> Aide-soignant(e)",
                "<code>AES</code> Accompagnant(e) éducatif et social",
                "<code>ESSMS_HANDICAP</code> Établissement ou service médico-social pour personnes handicapées",
                "<code>ASSURANCE_MALADIE</code> Assurance maladie",
                "<code>PUBLIC_FPH</code> Fonction publique hospitalière",
                "<code>PRIVATE_NON_PROFIT</code> Secteur privé non lucratif");
    }

    @Test
    void aJobFamilyListsItsJobsWithTheirLabels() {
        String page = page("public-ifse", "2023-03-01");
        // The last one: catalogue text is escaped, not copied raw into the page.
        assertShows(page, "Famille de métier parmi : ADMINISTRATIF",
                "<li><code>ADMINISTRATIF</code> :<ul><li><code>SECRETAIRE</code> Secrétaire</li>",
                "<code>AGENT_ACCUEIL</code> Agent d&#39;accueil");
        // A family lists its own jobs only.
        String administratif = page.substring(page.indexOf("<li><code>ADMINISTRATIF</code>"));
        administratif = administratif.substring(0, administratif.indexOf("</ul>"));
        assertFalse(administratif.contains("CUISINIER"), administratif);
    }

    @Test
    void aStructuredParameterIsATableNotItsJsonText() {
        String page = page("bassms", "2022-01-01");
        String row = page.substring(page.indexOf("<tr><td>segurSanteSteps</td>"));
        // Up to its description, the next cell.
        row = row.substring(0, row.indexOf("Montant du complément Ségur santé par texte"));
        assertShows(row, "<th>IDCC</th><th>Texte de l’employeur</th>",
                // Nexem: its two dated steps, each a row of the nested table.
                "<td>413</td><td>Nexem, recommandation patronale du 24 novembre 2020",
                "<tr><td>2020-09-01</td><td>117.00</td></tr>", "<tr><td>2020-12-01</td><td>237.00</td></tr>",
                // FEHAP: the second step's date is another parameter, named as such.
                "<td>valeur du paramètre <code>fehapSecondStepStart</code></td><td>238.00</td>",
                "<td>other</td>", "<td>oui</td>");
        assertFalse(row.contains("&quot;"), "no JSON text left: " + row);
    }

    @Test
    void everyVersionNamesEveryCodeWithALabelAndLoadsNothing() {
        List<Map<String, Object>> ruleSets = JsonPath.from(given().when().get("/api/v1/rulesets").then().statusCode(200)
                .extract().asString()).getList("");
        List<String> unlabelled = new ArrayList<>();
        int pages = 0;
        for (Map<String, Object> ruleSet : ruleSets) {
            for (Object version : (List<?>) ruleSet.get("versions")) {
                String page = page((String) ruleSet.get("id"), (String) ((Map<?, ?>) version).get("version"));
                pages++;
                Matcher m = CODE_WITHOUT_LABEL.matcher(page);
                while (m.find()) {
                    unlabelled.add(ruleSet.get("id") + " " + ((Map<?, ?>) version).get("version") + ": " + m.group(1));
                }
                // The page's Content-Security-Policy allows its inline stylesheet and nothing else.
                assertFalse(page.contains("<script"), "no script on the page");
                assertFalse(page.matches("(?s).*\\s(src|srcset)=.*"), "nothing loaded by the page");
                assertFalse(page.contains("<link"), "no external stylesheet");
                assertFalse(page.contains("{&quot;"), "a parameter shown as JSON text");
            }
        }
        assertTrue(pages >= 11, "a page per published version (published versions are never removed), got " + pages);
        assertEquals(List.of(), unlabelled, "codes shown without their French label");
    }

    private static void assertShows(String page, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(page.contains(fragment), "the page lacks " + fragment + ":\n" + page);
        }
    }

    private static String page(String ruleSet, String version) {
        return given().accept("text/html").when().get("/api/v1/rulesets/" + ruleSet + "/versions/" + version)
                .then().statusCode(200).extract().asString();
    }
}
