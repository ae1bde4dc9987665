package io.themescope.dashboards;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both named explicitly so Selenium never
 * looks for or downloads a browser. Missing binaries fail the tests with the install command:
 * CI installs them, and a skipped browser test would hide a broken dashboard.
 */
final class HeadlessChromium {

    static final String CHROMIUM = System.getProperty("themescope.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("themescope.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile, Path downloads) {
        Path browser = Path.of(CHROMIUM);
        Path driver = Path.of(CHROMEDRIVER);
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            fail("The browser tests need Chromium at " + browser + " and chromedriver at " + driver
                    + "; install Debian's packages: apt-get install chromium chromium-driver"
                    + " (or point -Dthemescope.chromium and -Dthemescope.chromedriver at them).");
        }
        System.setProperty("webdriver.chrome.driver", driver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1366,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        return new ChromeDriver(service, options);
    }
}
