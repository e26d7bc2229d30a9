package nl.wsp.reporting.dashboard;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestBellers;
import nl.wsp.reporting.TestRegio;
import nl.wsp.reporting.realisatie.Plaatsingen;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard page (docs/adr/0044) in a real headless Chromium: the figures on the page are the API's figures for
 * the same data, the CSV it downloads is the API's CSV, a token without the role shows nothing, and the page's CSP lets
 * its own scripts run (no violation in the console). Skipped only when no chromium and chromedriver are installed
 * ({@code .ci/run} installs them). The screenshot lands in {@code target/dashboard.png}.
 */
@QuarkusTest
class DashboardPaginaTest {

    @TestHTTPResource("/dashboard")
    URL pagina;

    private WebDriver browser;
    private Path profiel;
    private Path downloads;

    @AfterEach
    void sluit() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (Path map : new Path[] {profiel, downloads}) {
            if (map != null) {
                try (Stream<Path> alles = Files.walk(map)) {
                    alles.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void de_pagina_zelf_bevat_geen_cijfers_en_laadt_alleen_scripts_van_de_eigen_dienst() {
        String html = given().when().get("/dashboard").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                        + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<script src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\" defer></script>"))
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")))
                .extract().asString();
        assertThat(html).contains("<tbody></tbody>").doesNotContain("<td");
        given().when().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200);
        given().when().get("/webjars/uplot/1.6.30/dist/uPlot.min.css").then().statusCode(200);
        given().when().get("/dashboard/dashboard.js").then().statusCode(200);
        given().when().get("/dashboard/dashboard.css").then().statusCode(200);
    }

    @Test
    void de_cijfers_op_de_pagina_zijn_die_van_de_api_en_de_csv_is_die_van_de_api() throws Exception {
        Optional<String[]> chromium = chromium();
        assumeTrue(chromium.isPresent(), "geen chromium en chromedriver op deze machine (.ci/run installeert ze)");
        String regio = TestRegio.nieuw();
        TestRegio.partner("gemeente-amersfoort", regio);
        TestRegio.partner("uwv-amersfoort", regio);
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "bijstand", "partner", "gemeente-amersfoort", "aantal", 12));
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "ww", "partner", "uwv-amersfoort", "aantal", 8));
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "alle", "gemeenten", List.of("Soest", "Baarn"), "aantal", 5));
        doel(Map.of("regio", regio, "jaar", 2019, "soort", "banenafspraak-markt", "gemeenten", TestRegio.GEMEENTEN, "aantal", 10));
        List<Map.Entry<String, String>> events = new ArrayList<>();
        int n = 0;
        for (int maand = 1; maand <= 6; maand++) {
            for (String[] p : new String[][] {{"gemeente-amersfoort", "Amersfoort", "bijstand"}, {"uwv-amersfoort", "Soest", "ww"},
                    {"gemeente-amersfoort", "Leusden", "banenafspraak"}}) {
                if ((maand + p[1].length()) % 3 == 0) {
                    continue; // not every partner places every month
                }
                UUID id = UUID.randomUUID();
                LocalDate start = LocalDate.of(2019, maand, 3 + maand);
                List<String> doelgroepen = List.of(p[2]);
                events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, p[0], p[1], regio, doelgroepen, start)));
                if (n++ % 4 == 1) { // some end early: the durability figures
                    events.add(Map.entry(id.toString(), Plaatsingen.beeindigd(id, p[0], p[1], regio, doelgroepen, start, start.plusMonths(2))));
                }
            }
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);
        int geplaatst = n;
        await().atMost(Duration.ofSeconds(60)).until(() -> api("/api/v1/rapportages/duurzaamheid?jaar=2019&regio=" + regio).getInt("totaal.gestart") == geplaatst);

        browser = open(chromium.get());
        browser.get(pagina.toString());
        assertThat(browser.findElement(By.id("cijfers")).isDisplayed()).isFalse();
        browser.findElement(By.id("token")).sendKeys(Tokens.dashboard(regio));
        browser.findElement(By.id("aanmelden")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> (regio + "|2019").equals(geladen()));

        JsonPath realisatie = api("/api/v1/rapportages/realisatie?jaar=2019&regio=" + regio);
        List<List<String>> verwacht = new ArrayList<>();
        for (Map<String, Object> r : realisatie.<Map<String, Object>>getList("rijen")) {
            @SuppressWarnings("unchecked") List<String> gemeenten = (List<String>) r.get("gemeenten");
            verwacht.add(List.of((String) r.get("soort"), tekst(r.get("doelgroep")), tekst(r.get("partner")),
                    gemeenten == null || gemeenten.isEmpty() ? "–" : String.join(", ", gemeenten), getal(r.get("doel")), getal(r.get("gerealiseerd")),
                    getal(r.get("percentage")), getal(r.get("verwachtTotNu")), getal(r.get("achterstand")), ""));
        }
        assertThat(verwacht).hasSize(3); // the placement targets; the Banenafspraak target is in its own table
        assertThat(cellen("#realisatie tbody tr")).isEqualTo(verwacht);
        assertThat(browser.findElement(By.id("peildatum")).getText()).isEqualTo(realisatie.getString("peildatum"));

        JsonPath duurzaamheid = api("/api/v1/rapportages/duurzaamheid?jaar=2019&regio=" + regio);
        List<List<String>> duurzaam = new ArrayList<>();
        for (Map<String, Object> r : duurzaamheid.<Map<String, Object>>getList("rijen")) {
            duurzaam.add(duurzaamheidsregel(r));
        }
        assertThat(cellen("#duurzaamheid tbody tr")).isEqualTo(duurzaam);
        assertThat(cellen("#duurzaamheid tfoot tr")).containsExactly(duurzaamheidsregel(duurzaamheid.getMap("totaal")));
        assertThat(duurzaamheid.getInt("totaal.beeindigdBinnenZesMaanden")).isPositive();

        JsonPath banenafspraak = api("/api/v1/rapportages/banenafspraak?totJaar=2019&regio=" + regio);
        List<List<String>> banen = new ArrayList<>();
        for (Map<String, Object> r : banenafspraak.<Map<String, Object>>getList("rijen")) {
            if (((String) r.get("kwartaal")).startsWith("2019-")) {
                banen.add(List.of((String) r.get("kwartaal"), getal(r.get("gerealiseerdInKwartaal")), getal(r.get("gerealiseerdCumulatief")),
                        getal(r.get("doelMarktCumulatief")), getal(r.get("doelOverheidCumulatief")), getal(r.get("doelCumulatief")), getal(r.get("percentage"))));
            }
        }
        assertThat(banen).isNotEmpty();
        assertThat(cellen("#banenafspraak tbody tr")).isEqualTo(banen);
        // the charts were drawn: uPlot ran under the page's CSP
        assertThat(browser.findElements(By.cssSelector("#grafiek-banenafspraak canvas"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#grafiek-duurzaamheid canvas"))).hasSize(1);

        Path screenshot = Path.of("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("button.csv[data-tabel=realisatie]")).click();
        Path csv = downloads.resolve("realisatie-" + regio + "-2019.csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        String apiCsv = given().auth().oauth2(Tokens.dashboard(regio)).accept("text/csv")
                .when().get("/api/v1/rapportages/realisatie?jaar=2019&regio=" + regio).then().statusCode(200).extract().asString();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(apiCsv);

        assertThat(cspSchendingen()).isEmpty();
    }

    @Test
    void een_token_zonder_de_rol_dashboard_toont_geen_cijfers_en_wordt_vergeten() {
        Optional<String[]> chromium = chromium();
        assumeTrue(chromium.isPresent(), "geen chromium en chromedriver op deze machine (.ci/run installeert ze)");
        browser = open(chromium.get());
        browser.get(pagina.toString());
        browser.findElement(By.id("token")).sendKeys(TestBellers.adviseur("gemeente-amersfoort"));
        browser.findElement(By.id("aanmelden")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.findElement(By.id("melding")).getText().contains("geen toegang"));
        assertThat(browser.findElement(By.id("cijfers")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("keuze")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#cijfers td"))).isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('wsp-dashboard-token')")).isNull();
        assertThat(geladen()).isNull();
    }

    private static void doel(Map<String, Object> body) {
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .when().post("/api/v1/doelstellingen").then().statusCode(201);
    }

    private static JsonPath api(String pad) {
        return given().auth().oauth2(Tokens.dashboard()).when().get(pad).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> duurzaamheidsregel(Map<String, Object> r) {
        int gestart = (Integer) r.get("gestart");
        int binnen = (Integer) r.get("beeindigdBinnenZesMaanden");
        int later = (Integer) r.get("beeindigdLater");
        return List.of(tekst(r.get("startmaand")), getal(gestart), getal(binnen), getal(later), getal(gestart - binnen - later),
                getal(r.get("percentageDuurzaam")));
    }

    /** How the page writes a figure: Dutch decimal comma, no grouping, at most one decimal, a dash for none. */
    private static String getal(Object waarde) {
        if (waarde == null) {
            return "–";
        }
        return new BigDecimal(waarde.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "–" : waarde.toString();
    }

    private List<List<String>> cellen(String rijen) {
        List<List<String>> tabel = new ArrayList<>();
        for (WebElement rij : browser.findElements(By.cssSelector(rijen))) {
            tabel.add(rij.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return tabel;
    }

    private String geladen() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-geladen");
    }

    private List<String> cspSchendingen() {
        List<String> schendingen = new ArrayList<>();
        for (LogEntry regel : browser.manage().logs().get(LogType.BROWSER)) {
            if (regel.getMessage().contains("Content Security Policy") || regel.getMessage().contains("Content-Security-Policy")) {
                schendingen.add(regel.getMessage());
            }
        }
        return schendingen;
    }

    private WebDriver open(String[] chromium) {
        try {
            profiel = Files.createTempDirectory("wsp-dashboard-profiel");
            downloads = Files.createTempDirectory("wsp-dashboard-downloads");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(chromium[0]);
        // without the background-networking flags the browser's own connections are refused and it stalls
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,2200", "--user-data-dir=" + profiel);
        Map<String, Object> voorkeuren = new HashMap<>();
        voorkeuren.put("download.default_directory", downloads.toString());
        voorkeuren.put("download.prompt_for_download", false);
        opties.setExperimentalOption("prefs", voorkeuren);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromium[1])).usingAnyFreePort().build();
        return new ChromeDriver(driver, opties);
    }

    /** The browser and its driver from the PATH (Debian: chromium, chromium-driver); never downloaded. */
    private static Optional<String[]> chromium() {
        Optional<Path> browser = opPad("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = opPad("chromedriver");
        if (browser.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {browser.get().toString(), driver.get().toString()});
    }

    private static Optional<Path> opPad(String... namen) {
        String pad = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String naam : namen) {
            for (String map : pad.split(File.pathSeparator)) {
                Path p = Path.of(map, naam);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
