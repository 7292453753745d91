package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A campaign's checks from the pages alone: the province's mine-safety bureau launches one for coal mines; the
 * mine's principal finds the task on the home page, runs the campaign's checklist item by item and turns what it
 * found into a hazard; the bureau reads the campaign's progress by source down to the banner and sees the demo
 * campaign's alert on the county whose enterprises found nothing themselves. In Chinese on a phone and in English
 * on a desktop.
 */
@IntegrationTest
class CampaignChecksBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theMineRunsTheCampaignsChecklistAndTheProvinceReadsWhatItFoundBySource(String lang, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var title = (en ? "Coal-mine checks " : "煤矿专项排查")
                + UUID.randomUUID().toString().substring(0, 6);

        Browser.signIn(browser, port, "provduty", lang);
        fromTheMenu(en ? "Campaigns" : "专项整治");
        Browser.waitForHeading(browser, en ? "Special rectification campaigns" : "专项整治");
        Browser.press(browser, browser.findElement(By.id("new-campaign")));
        Browser.waitForHeading(browser, en ? "Launch a campaign" : "部署专项整治");
        browser.findElement(By.id("title")).sendKeys(title);
        Browser.press(browser, browser.findElement(By.id("sector-COAL_MINE")));
        Browser.press(browser, browser.findElement(By.id("campaign-submit")));
        Browser.waitForHeading(browser, title);
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/campaigns/(\\d+).*", "$1"));

        // the mine: the home page's panel leads to the task, the task to the campaign's checklist
        Browser.signIn(browser, port, "mine1", lang);
        Browser.press(browser, browser.findElement(By.cssSelector("#task-campaignTasks a")));
        Browser.waitForHeading(browser, en ? "Campaign tasks" : "专项整治任务");
        var task = By.xpath("//li[contains(@class, 'task')][contains(., '" + title + "')]");
        assertThat(browser.findElements(task))
                .as("one task of the campaign for a coal mine")
                .hasSize(1);
        Browser.press(browser, browser.findElement(task).findElement(By.cssSelector("button[id^='task-start-']")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("run-form")).isEmpty());
        var items = browser.findElements(By.cssSelector(".run-item"));
        assertThat(items.size()).isGreaterThan(5);
        for (var item : items) {
            boolean slope = item.getText().contains("露天煤矿边坡角大于设计最大值");
            Browser.press(
                    browser,
                    item.findElement(By.cssSelector("input[value='" + (slope ? "NON_COMPLIANT" : "COMPLIANT") + "']")));
            if (slope) {
                item.findElement(By.cssSelector("input[name^='note-']")).sendKeys("北帮台阶合并，边坡角超设计");
            }
        }
        Browser.press(browser, browser.findElement(By.id("run-save")));
        Browser.waitFor(
                browser, d -> !d.findElements(By.id("run-complete-submit")).isEmpty());
        Browser.press(browser, browser.findElement(By.id("run-complete-submit")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("run-outcome")).isEmpty());
        Browser.press(browser, browser.findElement(By.cssSelector("#findings button")));
        Browser.waitForHeading(browser, "北帮台阶合并");
        assertThat(browser.findElement(By.id("hazard-grade")).getText()).isEqualTo(en ? "Major hazard" : "重大事故隐患");
        fromTheMenu(en ? "Campaign tasks" : "专项整治任务");
        Browser.waitForHeading(browser, en ? "Campaign tasks" : "专项整治任务");
        assertThat(browser.findElement(task)
                        .findElement(By.cssSelector("[id^='task-done-']"))
                        .getText())
                .isEqualTo(en ? "Self-check done" : "已完成自查");

        // the province: the progress by source, down to the banner
        Browser.signIn(browser, port, "provduty", lang);
        browser.get("http://localhost:" + port + "/campaigns/" + id);
        Browser.waitForHeading(browser, title);
        assertThat(browser.findElement(By.id("checklist-findings")).getText()).contains("1");
        Browser.press(browser, browser.findElement(By.cssSelector("#figures-152900 a")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("figures-152921")).isEmpty());
        Browser.press(browser, browser.findElement(By.cssSelector("#figures-152921 a")));
        Browser.waitFor(browser, d -> d.getCurrentUrl().contains("region=152921"));
        assertThat(firstNumber(browser.findElement(By.id("found-152921-SELF_INSPECTION"))
                        .getText()))
                .as("self-found in the banner")
                .isPositive();
        assertThat(secondNumber(browser.findElement(By.id("coverage-152921")).getText()))
                .as("enterprises self-checked in the banner")
                .isPositive();
        assertThat(browser.findElement(By.id("summary-pdf")).getAttribute("href"))
                .contains("region=152921");

        fromTheMenu(en ? "Campaigns" : "专项整治");
        Browser.waitForHeading(browser, en ? "Special rectification campaigns" : "专项整治");
        Browser.press(browser, browser.findElement(By.partialLinkText("全区矿山重大事故隐患专项整治")));
        Browser.waitForHeading(browser, "全区矿山重大事故隐患专项整治");
        assertThat(browser.findElements(By.id("behind-152900")))
                .as("the league never entered the self-check phase the calendar is in")
                .isNotEmpty();
        assertThat(browser.findElement(By.id("alert-SELF_CHECK_SILENT-152922")).getText())
                .contains("阿拉善右旗")
                .contains(en ? "going through the motions" : "走过场");
    }

    private static long firstNumber(String text) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group());
    }

    private static long secondNumber(String text) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(text);
        assertThat(m.find() && m.find()).as(text).isTrue();
        return Long.parseLong(m.group());
    }
}
