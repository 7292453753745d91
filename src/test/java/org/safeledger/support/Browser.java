package org.safeledger.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no driver download (Selenium Manager is never
 * asked), no network beyond localhost. The flags keep Chromium from calling home on this closed network.
 */
public final class Browser {

    /** How long a lookup waits for its element to appear. */
    public static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Browser() {}

    /**
     * Waits for the page a click or a navigation leads to: its heading starts with the text (or fails after 10 s).
     * While the old page is being replaced, Chromium may answer with a stale element or "node does not belong to
     * the document": both mean "not yet".
     */
    public static void waitForHeading(org.openqa.selenium.WebDriver driver, String start) {
        try {
            awaitHeading(driver, start);
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidence(driver, "timeout-" + start.replaceAll("[^\\p{L}\\p{N}]", "_"));
            throw e;
        }
    }

    /**
     * Waits up to 10 s for a condition on the page; a stale element or a node being replaced means "not yet", and
     * the wait's failure names the page and its text.
     */
    public static void waitFor(
            org.openqa.selenium.WebDriver driver,
            java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidence(driver, "timeout-wait");
            throw new AssertionError(
                    "waited in vain at " + driver.getCurrentUrl() + ": "
                            + driver.findElement(org.openqa.selenium.By.tagName("main"))
                                    .getText(),
                    e);
        }
    }

    /** A screenshot and the page's source under target/screenshots, for a failure to be understood afterwards. */
    public static void keepEvidence(org.openqa.selenium.WebDriver driver, String name) {
        try {
            var dir = java.nio.file.Path.of("target", "screenshots");
            Files.createDirectories(dir);
            if (driver instanceof org.openqa.selenium.TakesScreenshot camera) {
                Files.write(dir.resolve(name + ".png"), camera.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (java.io.IOException | org.openqa.selenium.WebDriverException ignored) {
            // evidence is a help, not a condition of the test
        }
    }

    private static void awaitHeading(org.openqa.selenium.WebDriver driver, String start) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                return d.findElement(org.openqa.selenium.By.tagName("h1"))
                        .getText()
                        .startsWith(start);
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    /** Signs in on the login page as a demo user (password demo2026) and waits for the home page. */
    public static void signIn(org.openqa.selenium.WebDriver driver, int port, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo2026");
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        waitForHeading(driver, "您好");
    }

    /** Signs in as a demo user and switches the pages to the language ({@code zh_CN}, {@code en}). */
    public static void signIn(org.openqa.selenium.WebDriver driver, int port, String username, String lang) {
        signIn(driver, port, username);
        driver.get("http://localhost:" + port + "/?lang=" + lang);
    }

    /** Scrolls the element to the middle of the window (a phone's fixed header hides the top) and clicks it. */
    public static void press(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public static ChromeDriver start() throws java.io.IOException {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("safeledger.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("safeledger.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("safeledger-chromium"));
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }
}
