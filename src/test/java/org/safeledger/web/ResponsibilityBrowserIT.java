package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The banner's matrix from the pages alone: its leader reads who answers for coal mines today and on the day of the
 * 2023 collapse, and is offered no maintenance; the banner's safety committee office (its emergency bureau) adds a
 * post for fire safety and crowded places, appoints its holder from today and records today as the holder's last day. In
 * Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class ResponsibilityBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theMatrixIsReadAsOfADayAndMaintainedByTheSafetyCommitteeOfficeFromThePages(
            String lang, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var menu = en ? "Responsibility" : "责任体系";

        Browser.signIn(browser, port, "leader", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Responsibility matrix" : "阿拉善左旗");
        assertThat(browser.findElement(By.id("party-secretary")).getText()).contains("其木格（虚构）");
        assertThat(browser.findElement(By.id("government-head")).getText()).contains("张文斌（虚构）");
        assertThat(browser.findElement(By.id("sector-COAL_MINE")).getText()).contains("王建国");
        assertThat(browser.findElements(By.id("post-form")))
                .as("a leader is not the office")
                .isEmpty();
        browser.executeScript("arguments[0].value = '2023-02-22'", browser.findElement(By.id("asOf")));
        Browser.press(browser, browser.findElement(By.id("matrix-apply")));
        Browser.waitFor(
                browser, d -> d.findElement(By.id("sector-COAL_MINE")).getText().contains("李国华（虚构）"));

        var title = (en ? "Deputy head (fire) " : "副旗长（分管消防）")
                + UUID.randomUUID().toString().substring(0, 6);
        Browser.signIn(browser, port, "inspector", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Responsibility matrix" : "阿拉善左旗");
        new Select(browser.findElement(By.id("role"))).selectByValue("SECTOR_LEADER");
        browser.findElement(By.id("title")).sendKeys(title);
        Browser.press(browser, browser.findElement(By.id("sector-box-FIRE_SAFETY")));
        Browser.press(browser, browser.findElement(By.id("sector-box-CROWDED_PLACES")));
        Browser.press(browser, browser.findElement(By.id("post-submit")));
        Browser.waitFor(browser, d -> !d.findElements(By.xpath(post(title))).isEmpty());

        var post = browser.findElement(By.xpath(post(title)));
        var id = post.getAttribute("id").substring("post-".length());
        new Select(post.findElement(By.id("person-" + id))).selectByVisibleText("刘建华（虚构）");
        Browser.press(browser, post.findElement(By.id("do-appoint-" + id)));
        Browser.waitFor(
                browser,
                d -> d.findElement(By.id("post-" + id))
                        .findElement(By.cssSelector(".holder"))
                        .getText()
                        .contains("刘建华（虚构）"));
        assertThat(browser.findElement(By.id("sector-FIRE_SAFETY")).getText()).contains("刘建华（虚构）");

        // the holder leaves today: today was the last day held, and the term is closed in the post's history
        var lastDay = browser.findElement(By.id("on-" + id)).getAttribute("value");
        var before = browser.findElement(By.id("post-" + id));
        Browser.press(browser, browser.findElement(By.id("do-vacate-" + id)));
        // the appointment's notice is still on the page until the answer replaces it: wait for the new page
        Browser.waitFor(
                browser,
                d -> org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before)
                                .apply(d)
                        && !d.findElements(By.cssSelector(".notice")).isEmpty()
                        && d.findElements(By.id("vacate-" + id)).isEmpty());
        var history = browser.findElement(By.id("post-" + id)).findElement(By.cssSelector("details"));
        Browser.press(browser, history.findElement(By.tagName("summary")));
        assertThat(history.getText())
                .contains(en ? "Holders (1)" : "任职记录（1 条）")
                .contains("刘建华（虚构）")
                .contains(lastDay + (en ? " to " : " 至 ") + lastDay);
        assertThat(browser.findElements(By.id("vacate-" + id)))
                .as("a term already ended is not offered for ending again")
                .isEmpty();
    }

    private static String post(String title) {
        return "//div[contains(@class,'post')][.//h3/span[text()='" + title + "']]";
    }
}
