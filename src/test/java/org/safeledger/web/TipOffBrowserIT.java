package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tip-off issue's walk through the pages only: someone of the public, not signed in, finds the banner by
 * province and league, reports a pit dug at night with a photo and a phone number, and keeps the tracking code; the
 * banner's inspector signs in, opens the tip-off from the menu (the photo and the number are there) and turns it into
 * a hazard of the demo mine; the tracking page then shows the hazard's status, and neither the number nor the
 * inspector. In Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class TipOffBrowserIT extends org.safeledger.support.BrowserTest {

    private static final String PHONE = "13987654321";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void aTipOffFromThePublicBecomesAHazardAndItsTrackingPageShowsTheHazardsStatus(String lang, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var place = "北山沟" + UUID.randomUUID().toString().substring(0, 8);

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/public/tip-offs/new?lang=" + lang);
        press(By.id("region-150000"));
        press(By.id("region-152900"));
        press(By.id("county-152921"));
        assertThat(browser.findElement(By.id("tipoff-county")).getText()).contains("阿拉善左旗");
        browser.findElement(By.id("place")).sendKeys(place);
        browser.findElement(By.id("description")).sendKeys("夜里有挖掘机在山沟里挖煤，天亮前把坑口盖住。");
        new Select(browser.findElement(By.id("sector"))).selectByValue("COAL_MINE");
        browser.findElement(By.id("photos")).sendKeys(photo().toString());
        browser.findElement(By.id("contact")).sendKeys("张先生 " + PHONE);
        press(By.id("tipoff-submit"));
        Browser.waitForHeading(browser, en ? "Your tip-off is received" : "举报已收到");
        var code = browser.findElement(By.id("tracking-code")).getText();
        assertThat(code).matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}");
        press(By.id("track-now"));
        Browser.waitForHeading(browser, en ? "Follow a tip-off" : "查询举报办理进度");
        assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo(en ? "To decide" : "待处理");
        assertThat(browser.getPageSource()).doesNotContain(PHONE);

        Browser.signIn(browser, port, "inspector");
        browser.get("http://localhost:" + port + "/?lang=" + lang);
        fromTheMenu(en ? "Tip-offs" : "群众举报");
        Browser.waitFor(browser, d -> !d.findElements(By.linkText(place)).isEmpty());
        press(By.linkText(place));
        Browser.waitForHeading(browser, en ? "Tip-off No." : "群众举报 第");
        assertThat(browser.findElement(By.id("tipoff-contact")).getText()).contains(PHONE);
        assertThat(browser.findElements(By.cssSelector("#tipoff-photos img"))).hasSize(1);
        new Select(browser.findElement(By.id("enterpriseId"))).selectByVisibleText("阿拉善左旗宏岩露天煤矿有限公司（演示）");
        press(By.id("do-open-hazard"));
        Browser.waitFor(
                browser, d -> d.findElement(By.id("tipoff-status")).getText().equals(en ? "Hazard opened" : "已转隐患"));
        assertThat(browser.findElement(By.id("tipoff-hazard")).getText()).contains(en ? "Hazard No." : "隐患台账");

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/public/tip-offs/track?lang=" + lang);
        browser.findElement(By.id("code")).sendKeys(code);
        press(By.id("track-submit"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("tracking-hazard")).isEmpty());
        assertThat(browser.findElement(By.id("tracking-status")).getText()).isEqualTo(en ? "Hazard opened" : "已转隐患");
        assertThat(browser.findElement(By.id("tracking-hazard")).getText()).isEqualTo(en ? "Reported" : "已登记");
        assertThat(browser.getPageSource()).doesNotContain(PHONE).doesNotContain("巴特尔");
        Browser.keepEvidence(browser, "tipoff-tracking-" + lang);
    }

    private static Path photo() throws java.io.IOException {
        var file = Files.createTempFile("pit", ".jpg");
        Files.write(file, Images.encode(Images.scene(UUID.randomUUID().getMostSignificantBits(), 640, 480), "jpg"));
        return file;
    }

    private static void press(By what) {
        press(browser.findElement(what));
    }

    private static void press(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
