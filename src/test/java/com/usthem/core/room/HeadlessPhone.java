package com.usthem.core.room;

import com.usthem.core.TestPrograms;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium, headless and phone-sized, driven through Debian's chromedriver: a participant
 * on the room's page, typing and tapping. Networking beyond the page is off, as in the report's
 * browser test. Skips the test where chromium or chromedriver is missing (.ci/run installs both).
 */
final class HeadlessPhone implements AutoCloseable {

    /**
     * Selenium warns at every start that it has no DevTools bindings for this chromium's version;
     * the tests use WebDriver alone. Held here, since java.util.logging forgets unreferenced loggers.
     */
    private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");

    private final ChromeDriver driver;

    HeadlessPhone(Path profiles) throws IOException {
        Path chromium = TestPrograms.onPath("chromium");
        Path chromedriver = TestPrograms.onPath("chromedriver");
        assumeTrue(chromium != null && chromedriver != null, "chromium or chromedriver is not installed");
        ChromeOptions options = new ChromeOptions();
        // Naming both programs keeps Selenium from looking for (or downloading) a browser of its own.
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=390,844", "--user-data-dir=" + Files.createTempDirectory(profiles, "phone"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    void open(String address) {
        driver.get(address);
        // Set once: still there at the end only if the page never reloaded.
        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
    }

    boolean neverReloaded() {
        return Boolean.TRUE.equals(script("return window.notReloaded === true;"));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return element(id).getText();
    }

    void type(String id, String text) {
        element(id).clear();
        element(id).sendKeys(text);
    }

    void click(String id) {
        element(id).click();
    }

    /** Waits (up to 10 s) until the element shows exactly this text. */
    void waitForText(String id, String text) {
        waitUntil(d -> text.equals(d.findElement(By.id(id)).getText()), "#" + id + " to read: " + text);
    }

    void waitUntil(ExpectedCondition<Boolean> condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "waited for " + what).until(condition);
    }

    int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
