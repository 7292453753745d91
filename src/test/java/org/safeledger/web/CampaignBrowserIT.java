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
 * A campaign from the pages alone: the province's mine-safety bureau launches one for mines; the banner's bureau
 * finds it, takes it on, files its plan, adds an item of its own to the coal mines' checklist, enters mobilisation
 * and files its week's dispatch report; the demo campaign shows the banner's plan filed late.
 * In Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class CampaignBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theProvinceLaunchesACampaignAndTheBannerTakesItOnAndFilesItsPlan(String lang, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var menu = en ? "Campaigns" : "专项整治";
        var title = (en ? "Open-pit slopes and dumps " : "露天矿边坡和排土场专项整治")
                + UUID.randomUUID().toString().substring(0, 6);

        Browser.signIn(browser, port, "provduty", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Special rectification campaigns" : "专项整治");
        Browser.press(browser, browser.findElement(By.id("new-campaign")));
        Browser.waitForHeading(browser, en ? "Launch a campaign" : "部署专项整治");
        browser.findElement(By.id("title")).sendKeys(title);
        Browser.press(browser, browser.findElement(By.id("sector-COAL_MINE")));
        Browser.press(browser, browser.findElement(By.id("sector-NON_COAL_MINE")));
        assertThat(browser.findElements(By.id("sector-HAZARDOUS_CHEMICALS")))
                .as("the mine-safety bureau is offered its own sectors only")
                .isEmpty();
        Browser.press(browser, browser.findElement(By.id("campaign-submit")));
        Browser.waitForHeading(browser, title);
        assertThat(browser.findElement(By.id("unit-152921")).getText())
                .contains("阿拉善左旗")
                .contains(en ? "Not yet taken on" : "尚未承接");

        Browser.signIn(browser, port, "inspector", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Special rectification campaigns" : "专项整治");
        Browser.press(browser, browser.findElement(By.linkText(title)));
        Browser.waitForHeading(browser, title);
        Browser.press(browser, browser.findElement(By.id("take-on-152921")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("plan-152921")).isEmpty());
        browser.findElement(By.id("plan-152921")).sendKeys("全旗露天煤矿逐矿自查，旗应急管理局包联帮扶");
        Browser.press(browser, browser.findElement(By.id("file-plan-152921")));
        Browser.waitFor(
                browser, d -> d.findElement(By.id("unit-152921")).getText().contains(en ? "Plan filed" : "方案已报备"));
        browser.findElement(By.id("items-152921")).sendKeys("是否落实夜间边坡巡查");
        Browser.press(browser, browser.findElement(By.id("add-items-152921")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("own-items-152921")).isEmpty());
        assertThat(browser.findElement(By.id("own-items-152921")).getText()).contains(en ? "Coal mines" : "煤矿");
        Browser.press(browser, browser.findElement(By.id("enter-152921")));
        Browser.waitFor(
                browser, d -> d.findElement(By.id("unit-152921")).getText().contains(en ? "Mobilisation" : "动员部署"));
        assertThat(browser.findElement(By.id("unit-152921")).getText()).doesNotContain(en ? "late" : "逾期");
        browser.findElement(By.id("report-152921")).sendKeys("本周完成露天煤矿边坡自查动员，两矿已开始自查");
        Browser.press(browser, browser.findElement(By.id("dispatch-152921")));
        Browser.waitFor(browser, d -> !d.findElements(By.id("dispatches")).isEmpty());
        assertThat(browser.findElement(By.id("dispatches")).getText()).contains("两矿已开始自查");
        assertThat(browser.findElement(By.id("dispatch-standing-152921")).getText())
                .contains(en ? "Last dispatch report" : "最近一次调度报送");
        assertThat(browser.findElements(By.id("dispatch-152921")))
                .as("one report a period")
                .isEmpty();

        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Special rectification campaigns" : "专项整治");
        Browser.press(browser, browser.findElement(By.partialLinkText("全区矿山重大事故隐患专项整治")));
        Browser.waitForHeading(browser, "全区矿山重大事故隐患专项整治");
        assertThat(browser.findElement(By.id("unit-152921")).getText())
                .as("the demo banner filed its plan after the day due")
                .contains(en ? "late" : "逾期")
                .contains(en ? "Self-check and self-correction" : "企业自查自改和部门帮扶");
    }
}
