package io.themescope.dashboards;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built-in dashboard in real headless Chromium on the real app with the demo corpus: it loads
 * without console errors, draws the series, follows the theme picker and history, lists passages
 * behind a clicked point, offers exports of exactly the shown query, and saves screenshots.
 */
class DashboardBrowserTest extends LiveAppTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String TREND = "[data-panel-id='trend-by-year'] .chart";

    @TempDir
    static Path profile;
    @TempDir
    static Path downloads;

    private static ChromeDriver driver;

    @BeforeAll
    static void browser() {
        driver = HeadlessChromium.start(profile, downloads);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Opens the page and waits for every panel. A page whose data has not arrived in 25 s is loaded
     * once more, with a thread dump (stalled exchanges with the app were Reactor Netty no longer
     * reading a keep-alive connection, see {@link KeepAliveConnectionTest}; this stays as a guard), so
     * a lost exchange does not pass for a broken page.
     */
    private void open(String query) {
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(base() + "/" + query);
        try {
            waitReady(Duration.ofSeconds(25));
        } catch (org.openqa.selenium.TimeoutException e) {
            io.themescope.support.ThreadDumps.print("dashboard page not ready: " + query);
            driver.get(base() + "/" + query);
            waitReady();
        }
    }

    private static void waitReady() {
        waitReady(Duration.ofSeconds(60));
    }

    private static void waitReady(Duration patience) {
        new WebDriverWait(driver, patience).until(d -> (Boolean) js(
                "const p = [...document.querySelectorAll('#panels section.panel')];"
                        + " return p.length > 0 && p.every(s => s.dataset.ready === 'true');"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> trendSeries() {
        return (List<Map<String, Object>>) js("const el = document.querySelector(arguments[0]);"
                + " return echarts.getInstanceByDom(el).getOption().series.map(s => ({id: s.id, data: s.data}));", TREND);
    }

    @Test
    void everyDashboardLoadsWithoutConsoleErrorsAndShowsTheSyntheticBadge() {
        for (String id : List.of("security-themes-over-time", "host-country-emphases", "theme-detail")) {
            open("?dashboard=" + id);
            assertThat(severe()).as("console errors on %s", id).isEmpty();
            assertThat(driver.findElement(By.id("synthetic-badge")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("synthetic-badge")).getText()).isEqualTo("Synthetic demo data");
            assertThat(driver.findElements(By.cssSelector("#panels .message.error"))).as("error panels on %s", id).isEmpty();
            assertThat(driver.findElement(By.id("dashboard-select")).getAttribute("value")).isEqualTo(id);
        }
    }

    @Test
    void theTrendChartDrawsTheDemoSeries() {
        open("");
        List<Map<String, Object>> series = trendSeries();
        assertThat(series).extracting(s -> s.get("id"))
                .containsExactly("arms-race", "major-power-rivalry", "maritime-security", "resilience");
        List<?> data = (List<?>) series.getFirst().get("data");
        assertThat(data).isNotEmpty();
        assertThat(data.stream().filter(v -> v instanceof Number n && n.doubleValue() > 0)).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-panel-id='trend-by-year'] table.stats")).getText())
                .contains("Kendall τ", "Mann-Kendall p", "Sen slope", "Arms race");
    }

    @Test
    void choosingAThemeUpdatesTheUrlAndTheChartAndBackUndoesIt() {
        open("");
        driver.findElement(By.id("theme-summary")).click();
        driver.findElement(By.cssSelector("label[for='theme-terrorism']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("theme=terrorism"));
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("theme=arms-race", "theme=resilience");
        assertThat(trendSeries()).extracting(s -> s.get("id")).contains("terrorism");

        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("theme=terrorism"));
        waitReady();
        assertThat(trendSeries()).extracting(s -> s.get("id")).doesNotContain("terrorism");
        assertThat(driver.findElement(By.id("theme-terrorism")).isSelected()).isFalse();

        driver.navigate().forward();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("theme=terrorism"));
        waitReady();
        assertThat(trendSeries()).extracting(s -> s.get("id")).contains("terrorism");
    }

    @Test
    void clickingAPointListsThePassagesBehindIt() throws IOException {
        open("");
        WebElement chart = driver.findElement(By.cssSelector(TREND));
        js("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) js("const el = arguments[0];"
                + " const c = echarts.getInstanceByDom(el); const o = c.getOption();"
                + " let best = -1, max = -1; o.series[0].data.forEach((v, i) => { if (v != null && v > max) { max = v; best = i; } });"
                + " const [x, y] = c.convertToPixel({seriesIndex: 0}, [best, max]); const r = el.getBoundingClientRect();"
                + " return {x, y, w: r.width, h: r.height, label: o.xAxis[0].data[best]};", chart);
        int dx = (int) Math.round(((Number) point.get("x")).doubleValue() - ((Number) point.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) point.get("y")).doubleValue() - ((Number) point.get("h")).doubleValue() / 2);
        new Actions(driver).moveToElement(chart, dx, dy).pause(Duration.ofMillis(200)).click().perform();

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> !d.findElements(By.cssSelector("#selection .passage mark")).isEmpty());
        String label = (String) point.get("label");
        assertThat(driver.findElement(By.id("selection-title")).getText()).isEqualTo("Passages: Arms race · " + label);
        assertThat(driver.getCurrentUrl()).contains("sel.theme=arms-race", "sel.bucket=" + label, "sel.bucketing=year");
        for (WebElement item : driver.findElements(By.cssSelector("#selection .passage"))) {
            String mark = item.findElement(By.tagName("mark")).getText();
            assertThat(mark).isNotBlank();
            assertThat(item.findElement(By.className("sentence")).getText()).contains(mark);
            assertThat(item.findElement(By.className("meeting")).getText()).contains(label);
            assertThat(item.findElement(By.className("doc-title")).getText()).isNotBlank();
        }
        assertThat(severe()).isEmpty();
        screenshot("security-themes-over-time-passages", 1366);
    }

    @Test
    void aDataTableCellListsPassagesFromTheKeyboard() {
        open("?dashboard=theme-detail");
        WebElement table = driver.findElement(By.cssSelector("[data-panel-id='theme-trend'] details.data-table"));
        table.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        WebElement cell = table.findElements(By.cssSelector("button.cell")).stream()
                .filter(b -> !b.getText().equals("0") && !b.getText().equals("–")).findFirst().orElseThrow();
        cell.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> !d.findElements(By.cssSelector("#selection .passage mark")).isEmpty());
        assertThat(driver.findElement(By.id("selection-title")).getText()).startsWith("Passages: Maritime security · ");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("selection-title");
    }

    @Test
    void emptyResultsAndApiErrorsAreMessagesNotBlankCharts() {
        open("?from=2099");
        assertThat(driver.findElements(By.cssSelector("#panels .message.empty")))
                .extracting(WebElement::getText).contains("No documents match these filters.");
        assertThat(driver.findElements(By.cssSelector("#panels .chart"))).isEmpty();

        open("?from=20x6");
        List<String> errors = driver.findElements(By.cssSelector("#panels .message.error")).stream()
                .map(WebElement::getText).toList();
        assertThat(errors).isNotEmpty().allMatch(t -> t.contains("from must be a year like 2016 or a real date"));
        assertThat(driver.findElement(By.id("from")).getAttribute("value")).isEqualTo("20x6");
    }

    @Test
    void exportLinksCarryExactlyTheShownQuery() {
        open("?metric=mentions&from=2010&host=VN");
        Map<String, List<String>> q = query(csvLink());
        assertThat(q).containsExactlyInAnyOrderEntriesOf(Map.of(
                "theme", List.of("arms-race", "major-power-rivalry", "maritime-security", "resilience"),
                "bucket", List.of("year"), "metric", List.of("mentions"), "from", List.of("2010"),
                "host", List.of("VN"), "format", List.of("csv"), "layout", List.of("long")));
        assertThat(URI.create(csvLink()).getPath()).isEqualTo("/api/v1/export/series");
        List<String> formats = driver.findElements(By.cssSelector("[data-panel-id='trend-by-year'] a.export")).stream()
                .map(a -> a.getAttribute("data-format")).toList();
        assertThat(formats).containsExactly("csv", "json", "parquet");
    }

    @Test
    void theExportedCsvHoldsTheSeriesEndpointsRows() {
        assumeTrue(openApi().hasGet("/api/v1/export/series"),
                "GET /api/v1/export/series is not in this build's API yet; this test runs once the exports land");
        open("");
        String href = csvLink();
        HttpResponse<String> csv = get(href.substring(base().length()));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.getFirst()).containsExactly("bucket", "bucket_label", "theme", "value", "raw", "mentions",
                "documents", "words");
        String apiQuery = href.substring(href.indexOf('?')).replace("&format=csv", "").replace("&layout=long", "");
        JsonNode api = json("/api/v1/series" + apiQuery);
        List<List<String>> expected = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        api.path("buckets").forEach(b -> labels.put(b.path("key").asString(), b.path("label").asString()));
        for (JsonNode s : api.path("series")) {
            for (JsonNode p : s.path("points")) {
                expected.add(List.of(p.path("bucket").asString(), labels.get(p.path("bucket").asString()),
                        s.path("theme").asString(), Csv.number(p.path("value")), Csv.number(p.path("raw")),
                        p.path("mentions").asString(), p.path("documents").asString(), p.path("words").asString()));
            }
        }
        List<List<String>> actual = rows.subList(1, rows.size()).stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(2), Csv.normalise(r.get(3)), Csv.normalise(r.get(4)),
                        r.get(5), r.get(6), r.get(7)))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void screenshotsOfTheThreeDashboards() throws IOException {
        for (String id : List.of("security-themes-over-time", "host-country-emphases", "theme-detail")) {
            open("?dashboard=" + id);
            screenshot(id, 1366);
        }
        open("?dashboard=theme-detail");
        screenshot("theme-detail-tablet", 768);
        assertThat(SCREENSHOTS.resolve("theme-detail.png")).isNotEmptyFile();
    }

    private String csvLink() {
        return driver.findElement(By.cssSelector("[data-panel-id='trend-by-year'] a.export[data-format='csv']"))
                .getAttribute("href");
    }

    private static Map<String, List<String>> query(String href) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String kv : URI.create(href).getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            out.computeIfAbsent(URLDecoder.decode(p[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A full-page PNG at the given width, saved under target/screenshots as a test artefact. */
    private static void screenshot(String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        waitReady();
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 768), 6000)));
        js("window.dispatchEvent(new Event('resize'));");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
