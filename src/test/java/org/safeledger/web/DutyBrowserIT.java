package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty list from the pages alone: the banner's party secretary opens it from the matrix, sees the quarters its
 * standing committee missed signalled, and records an inspection led in person with a photo; the banner's leader
 * sees it performed and is offered no form for the secretary's duty. In Chinese on a phone and in English on a
 * desktop.
 */
@IntegrationTest
class DutyBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theSecretaryRecordsAnInspectionLedInPersonAndSeesTheMissedQuartersSignalled(String lang, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var note = (en ? "Led the check of the Hongyan pit " : "带队检查宏岩露天煤矿边坡")
                + UUID.randomUUID().toString().substring(0, 6);

        Browser.signIn(browser, port, "secretary", lang);
        fromTheMenu(en ? "Responsibility" : "责任体系");
        Browser.waitForHeading(browser, en ? "Responsibility matrix" : "阿拉善左旗");
        Browser.press(browser, browser.findElement(By.id("to-duties")));
        Browser.waitForHeading(browser, en ? "Duty list" : "阿拉善左旗责任清单");
        assertThat(browser.findElement(By.id("signals")).getText())
                .contains(en ? "Duty not performed" : "职责未履行")
                .contains(en ? "The county party standing committee studies work safety" : "县级党委常委会会议研究安全生产工作");

        var duty = browser.findElement(By.cssSelector("[id^='duty-SECRETARY_INSPECTS-']"));
        var key = duty.getAttribute("id").substring("duty-".length());
        var photo = Files.createTempFile("inspection", ".png");
        Files.write(photo, Images.encode(Images.scene(7, 640, 480), "png"));
        browser.findElement(By.cssSelector("#record-" + key + " input[type=file]"))
                .sendKeys(photo.toString());
        browser.findElement(By.cssSelector("#record-" + key + " textarea")).sendKeys(note);
        Browser.press(browser, browser.findElement(By.id("do-record-" + key)));
        Browser.waitFor(browser, d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.findElement(By.id("duty-" + key)).getText())
                .contains(note)
                .contains(en ? "performed" : "已履行");

        Browser.signIn(browser, port, "leader", lang);
        browser.get("http://localhost:" + port + "/duties");
        Browser.waitForHeading(browser, en ? "Duty list" : "阿拉善左旗责任清单");
        assertThat(browser.findElement(By.id("duty-" + key)).getText()).contains(note);
        assertThat(browser.findElements(By.id("record-" + key)))
                .as("not the leader's duty")
                .isEmpty();
    }
}
