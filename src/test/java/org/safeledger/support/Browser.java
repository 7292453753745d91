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

    private Browser() {}

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
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
