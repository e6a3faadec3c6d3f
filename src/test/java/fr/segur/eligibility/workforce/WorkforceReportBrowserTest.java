package fr.segur.eligibility.workforce;

import static fr.segur.eligibility.workforce.WorkforceFixtures.EMPLOYEES;
import static fr.segur.eligibility.workforce.WorkforceFixtures.document;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report ({@code Accept: text/html}) saved to a file and opened in headless Chromium with the network off:
 * its four charts are drawn with bars, the estimate and the simulation are flagged; a screenshot goes to
 * {@code target/screenshots/workforce-report.png}. Uses the system Chromium and chromedriver only.
 */
@QuarkusTest
class WorkforceReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path profile;

    @Test
    void theReportPageDrawsItsChartsOffline() throws Exception {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(browser || "true".equalsIgnoreCase(System.getenv("CI")), "no Chromium: sudo apt-get install -y chromium chromium-driver");
        String html = given().contentType(ContentType.JSON).accept("text/html")
                .body(document("2023-07", "2024-12", ", \"variant\": {\"name\": \"exemple-ifse-logistique\"}", EMPLOYEES))
                .post("/api/v1/workforce/reports").then().statusCode(200).contentType("text/html").extract().asString();
        assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "no external resource");
        assertFalse(html.contains("<script"), "no script");
        Path page = Path.of("target/screenshots/workforce-report.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, html, StandardCharsets.UTF_8);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1000,1500", "--proxy-server=127.0.0.1:9",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(page.toUri().toString());
            for (String chart : List.of("chart-due", "chart-cost", "chart-measures", "chart-forgotten")) {
                WebElement svg = driver.findElement(By.id(chart));
                assertTrue(svg.getSize().getHeight() > 50 && svg.getSize().getWidth() > 500, chart + " is laid out");
                List<WebElement> bars = svg.findElements(By.cssSelector("rect.bar"));
                assertTrue(bars.stream().anyMatch(b -> b.getSize().getHeight() > 0 && b.getSize().getWidth() > 0),
                        chart + " has a visible bar");
            }
            assertTrue(driver.findElement(By.id("estimate")).getText().contains("estimation"));
            assertTrue(driver.findElement(By.id("simulation")).getText().contains("Simulation"));
            assertEquals("LOGISTIQUE", driver.findElement(By.cssSelector("#table-notCovered tr:nth-child(2) td:nth-child(2)")).getText());
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target/screenshots/workforce-report.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
        }
    }
}
