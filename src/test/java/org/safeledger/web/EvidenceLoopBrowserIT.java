package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hazard loop through the pages only, on a 390 × 844 phone, in each language: the mine reports with a photo, its
 * principal assigns and submits two evidence photos chosen on the submit form (a third chosen and removed before
 * sending), the county inspector finds it in the ledger and closes it; a second hazard rectified with one of the same
 * photos is flagged as reused evidence on its page.
 */
@IntegrationTest
class EvidenceLoopBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh_CN", "en"})
    void aHazardIsRectifiedWithEvidencePhotosFromThePhoneAndAReusedPhotoIsFlagged(String lang) throws Exception {
        var seed = UUID.randomUUID().getMostSignificantBits();
        var found = photo("found", seed);
        var before = photo("evidence-1", seed + 1);
        var after = photo("evidence-2", seed + 2);
        var extra = photo("not-this-one", seed + 3);
        var title = "排水沟淤堵" + UUID.randomUUID().toString().substring(0, 6);

        signIn("mine1", lang);
        reportFromTheLedger(title, found);
        assertThat(browser.findElements(By.cssSelector("#hazard-files .file-DISCOVERY img")))
                .hasSize(1);
        assign();
        // three photos chosen, one removed again before sending: two are sent
        browser.findElement(By.id("evidenceFiles")).sendKeys(before + "\n" + after);
        browser.findElement(By.id("evidenceFiles")).sendKeys(extra.toString());
        waitFor(d -> d.findElements(By.cssSelector("#evidence-previews .preview img"))
                        .size()
                == 3);
        browser.findElements(By.cssSelector("#evidence-previews .remove-file"))
                .get(2)
                .click();
        waitFor(d ->
                d.findElements(By.cssSelector("#evidence-previews .preview")).size() == 2);
        fillAction("submit", "evidence", "清淤60米，加设截水沟");
        pressAction("submit");
        status("SUBMITTED");
        assertThat(browser.findElements(By.cssSelector("#hazard-files .file-EVIDENCE img")))
                .hasSize(2);
        var hazardUrl = browser.getCurrentUrl();

        signIn("inspector", lang);
        fromTheMenu(lang.equals("en") ? "Hazard ledger" : "隐患台账");
        browser.findElement(By.id("q")).sendKeys(title);
        waitFor(d -> !d.findElements(By.linkText(title)).isEmpty());
        browser.findElement(By.linkText(title)).click();
        Browser.waitForHeading(browser, title);
        assertThat(browser.getCurrentUrl()).isEqualTo(hazardUrl);
        assertThat(browser.findElements(By.cssSelector("#hazard-files .file-EVIDENCE")))
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#hazard-files .file-EVIDENCE figcaption"))
                        .getText())
                .contains("李志刚");
        thumbnailsLoaded();
        fillAction("accept", "opinion", "现场复查，整改到位");
        pressAction("accept");
        status("CLOSED");
        screenshot("evidence-closed-" + lang);

        // a second hazard "rectified" with one of the same photos
        signIn("mine1", lang);
        var second = title + "（二）";
        reportFromTheLedger(second, null);
        assign();
        browser.findElement(By.id("evidenceFiles")).sendKeys(after.toString());
        waitFor(d ->
                d.findElements(By.cssSelector("#evidence-previews .preview")).size() == 1);
        fillAction("submit", "evidence", "已清淤");
        pressAction("submit");
        status("SUBMITTED");
        waitFor(d -> !d.findElements(By.id("flag-REUSED_EVIDENCE")).isEmpty());
        assertThat(browser.findElement(By.id("flag-REUSED_EVIDENCE")).isDisplayed())
                .isTrue();
        screenshot("evidence-reused-" + lang);
    }

    private void signIn(String user, String lang) {
        Browser.signIn(browser, port, user);
        browser.get("http://localhost:" + port + "/?lang=" + lang);
    }

    /** From the menu to the ledger, its report button, the form; the hazard's page afterwards. */
    private void reportFromTheLedger(String title, Path photo) {
        fromTheMenu(browser.getPageSource().contains("lang=\"en\"") ? "Hazard ledger" : "隐患台账");
        browser.findElement(By.id("report-hazard")).click();
        waitFor(d -> !d.findElements(By.id("title")).isEmpty());
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("雨季前排水沟淤堵约60米");
        browser.findElement(By.id("location")).sendKeys("南排土场");
        new Select(browser.findElement(By.id("sector"))).selectByValue("COAL_MINE");
        if (photo != null) {
            browser.findElement(By.id("photos")).sendKeys(photo.toString());
            waitFor(d -> d.findElements(By.cssSelector("#photo-previews .preview img"))
                            .size()
                    == 1);
        }
        browser.findElement(By.id("submit-report")).click();
        Browser.waitForHeading(browser, title);
        status("REPORTED");
    }

    private void assign() {
        fillAction("assign", "plan", "清淤并加设截水沟");
        fillAction("assign", "responsiblePerson", "王建军");
        fillAction(
                "assign",
                "deadline",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString());
        pressAction("assign");
        status("RECTIFYING");
    }

    private void status(String code) {
        waitFor(d -> {
            try {
                return d.findElement(By.id("hazard-status"))
                        .getAttribute("class")
                        .contains("status-" + code);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    private void thumbnailsLoaded() {
        waitFor(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('#hazard-files img')]"
                        + ".every(i => i.complete && i.naturalWidth > 0)"));
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }

    private static Path photo(String name, long seed) throws java.io.IOException {
        var file = Files.createTempFile(name, ".png");
        Files.write(file, Images.encode(Images.scene(seed, 640, 480), "png"));
        return file;
    }

    private static void screenshot(String name) throws java.io.IOException {
        var shot = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
