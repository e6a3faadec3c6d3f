package fr.segur.eligibility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule sets, versions and catalogues over HTTP. */
@QuarkusTest
class RuleSetResourceTest {

    @Test
    void listsTheThreeRuleSetsWithTheirVersions() {
        given().when().get("/api/v1/rulesets").then().statusCode(200)
                .body("id", equalTo(List.of("public-ifse", "bassms", "laforcade")))
                .body("title", everyItem(notNullValue()))
                .body("description", everyItem(notNullValue()))
                .body("find { it.id == 'bassms' }.versions.version", equalTo(List.of("2020-09-01", "2020-09-01-r2", "2020-12-01",
                        "2020-12-01-r2", "2022-01-01", "2022-04-01", "2022-04-01-r2", "2024-01-01", "2024-01-01-r2", "2025-03-01")))
                // A superseded version stays served, names its revision and keeps the revision's period.
                .body("find { it.id == 'bassms' }.versions[2].supersededBy", equalTo("2020-12-01-r2"))
                .body("find { it.id == 'bassms' }.versions[2].effectiveTo", equalTo("2021-12-31"))
                .body("find { it.id == 'bassms' }.versions[3].supersedes", equalTo("2020-12-01"))
                .body("find { it.id == 'bassms' }.versions[3].revision", equalTo(2))
                .body("find { it.id == 'bassms' }.versions[3].supersededBy", equalTo(null))
                .body("find { it.id == 'bassms' }.versions[6].effectiveTo", equalTo("2023-12-31"))
                .body("find { it.id == 'bassms' }.versions[9].effectiveTo", equalTo(null))
                .body("find { it.id == 'bassms' }.versions[9].checksum", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("find { it.id == 'bassms' }.versions[9].measures.code", equalTo(List.of("SEGUR_SANTE_2020", "SOCIO_EDUCATIF_2022",
                        "EXTENSION_2024", "SEGUR_2_NEXEM_2022")))
                .body("find { it.id == 'bassms' }.versions[9].measures.find { it.code == 'SEGUR_2_NEXEM_2022' }.kind", equalTo("COMPLEMENTARY"))
                .body("find { it.id == 'bassms' }.versions[9].measures.find { it.code == 'SEGUR_SANTE_2020' }.amount.byEmployerText.idcc",
                        equalTo(List.of("29", "413", "other")))
                .body("find { it.id == 'bassms' }.versions[9].measures.find { it.code == 'SEGUR_SANTE_2020' }.amount.byEmployerText[1].steps[1].euros",
                        equalTo("237.00"));
    }

    @Test
    void oneRuleSetAndOneVersion() {
        given().when().get("/api/v1/rulesets/laforcade").then().statusCode(200)
                .body("id", equalTo("laforcade")).body("versions", hasSize(7));
        given().when().get("/api/v1/rulesets/bassms/versions/2020-12-01-r2").then().statusCode(200)
                .body("version", equalTo("2020-12-01-r2")).body("supersedes", equalTo("2020-12-01"));
        String superseded = given().accept("text/html").when().get("/api/v1/rulesets/bassms/versions/2020-12-01")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(superseded.contains("Version remplacée par la révision 2020-12-01-r2"), superseded);
        given().when().get("/api/v1/rulesets/public-ifse/versions/2023-03-01").then().statusCode(200)
                .body("version", equalTo("2023-03-01"))
                .body("parameters.find { it.name == 'ifseSocleAmountPoints' }.local", equalTo(true))
                .body("parameters.find { it.name == 'ifseSocleAmountPoints' }.value", equalTo("49"))
                .body("measures.find { it.code == 'IFSE_SOCLE_SEGUR' }.amount.points", equalTo("49"))
                .body("measures.find { it.code == 'IFSE_SOCLE_SEGUR' }.eligibility.allOf[0].sectorIn", equalTo(List.of("PUBLIC_FPT")))
                .body("measures.find { it.code == 'CTI_SANTE_2020' }.legalBasis.title", hasItem(org.hamcrest.Matchers.containsString("2020-1152")));
    }

    @Test
    void unknownRuleSetOrVersionIs404Problem() {
        given().when().get("/api/v1/rulesets/segur-2030").then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("segur-2030"));
        given().when().get("/api/v1/rulesets/bassms/versions/2019-01-01").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void notFoundDetailsSpeakTheCallersLanguage() {
        given().when().get("/api/v1/rulesets/bassm").then().statusCode(404)
                .body("type", equalTo("urn:segur:problem:not-found"))
                .body("title", equalTo("Ressource introuvable"))
                .body("detail", equalTo("Jeu de règles inconnu « bassm » ; valeurs possibles : public-ifse, bassms, laforcade."));
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/v1/rulesets/bassms/versions/2019-01-01")
                .then().statusCode(404).body("title", equalTo("Not found"))
                .body("detail", equalTo("Rule set 'bassms' has no version '2019-01-01'; see GET /api/v1/rulesets/bassms."));
    }

    @Test
    void aVersionAsAFrenchPage() {
        String page = given().accept("text/html").when().get("/api/v1/rulesets/public-ifse/versions/2023-03-01")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("IFSE_SOCLE_SEGUR"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("49 points d’indice"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Décret n° 2020-1152"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("choix local ou conventionnel"), page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Famille de métier parmi : ADMINISTRATIF"), page);
        given().accept("text/html").when().get("/api/v1/rulesets/public-ifse/versions/1999-01-01").then().statusCode(404);
    }

    @Test
    void catalogues() {
        given().when().get("/api/v1/reference/jobs").then().statusCode(200)
                .body("", hasSize(48))
                .body("find { it.code == 'MANIPULATEUR_RADIO' }.flags", equalTo(List.of("S2")))
                .body("find { it.code == 'INFIRMIER' }.flags", equalTo(List.of("LAFORCADE", "S2")))
                .body("find { it.code == 'AES' }.flags", equalTo(List.of("LAFORCADE")))
                .body("find { it.code == 'AES' }.family", equalTo("ACCOMPAGNEMENT"))
                .body("find { it.code == 'EDUCATEUR_SPECIALISE' }.flags", equalTo(List.of("SOCIO_EDUCATIF")))
                .body("find { it.code == 'SECRETAIRE' }.flags", hasSize(0));
        given().when().get("/api/v1/reference/establishment-types").then().statusCode(200)
                .body("", hasSize(16)).body("code", hasItem("SERVICES_CENTRAUX")).body("code", hasItem("ESSMS_EXPERIMENTAL"));
    }

    @Test
    void healthLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("rule-data"));
    }
}
