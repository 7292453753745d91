package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Api;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tours issue's walk through the pages only: the league's safety committee office creates a tour of the banner
 * and records, on site, findings against the banner's government, its emergency bureau and a mine (with a photo,
 * and as a hazard in the ledger); it delivers the feedback; the mine files its plan and evidence, the banner's
 * leader files the government's plan and its principal's report; the office closes the mine's item, draws a
 * re-inspection sample, verifies it, reopens the sampled item (the mine's reopen rate shows it) and publishes the
 * summary; past the deadline the government's item is red, with no extension offered. In Chinese on a phone and in
 * English on a desktop.
 */
@IntegrationTest
class TourBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        new Overdue(port).moveClock("P0D");
    }

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void aSafetyTourIsRunFromFindingsToAVerifiedSampleAndAPublishedSummaryFromThePagesAlone(
            String lang, int width, int height) throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var title = "盟安委会安全生产巡查" + UUID.randomUUID().toString().substring(0, 6);
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var tours = en ? "Tours" : "巡视巡查";

        signIn("leagueduty", lang);
        fromTheMenu(tours);
        browser.findElement(By.id("new-tour")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("SAFETY_TOUR");
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("targetRegionCode"))).selectByValue("152921");
        date("startsOn", today.minusDays(5));
        date("endsOn", today);
        browser.findElement(By.id("leader")).sendKeys("巡查组组长甲");
        browser.findElement(By.id("members")).sendKeys("专家乙\n专家丙");
        press(By.id("tour-submit"));
        Browser.waitForHeading(browser, title);
        status("TOURING");

        var government = "外包工程以包代管未清理" + suffix(en);
        var bureau = "排土场未纳入执法计划" + suffix(en);
        var mine = "排土场边坡裂缝未监测" + suffix(en);
        finding("GOVERNMENT:152921", null, government, false);
        finding(null, "阿拉善左旗应急管理局", bureau, false);
        finding(null, "阿拉善左旗宏岩露天煤矿有限公司（演示）", mine, true);
        assertThat(browser.findElements(By.cssSelector("#findings li"))).hasSize(3);
        assertThat(finding(mine).findElements(By.cssSelector("img"))).hasSize(1);
        assertThat(finding(mine).findElement(By.cssSelector("a.finding-hazard")).getText())
                .contains(en ? "Hazard No." : "隐患台账");

        press(By.id("do-feedback"));
        status("RECTIFYING");
        assertThat(browser.findElement(By.id("tour-report-due")).getText())
                .isEqualTo(today.plusMonths(2).toString());

        // the mine: its own finding only, plan and evidence on the item's page
        signIn("mine1", lang);
        openTour(tours, title);
        assertThat(browser.findElements(By.cssSelector("#findings li"))).hasSize(1);
        openItem(mine);
        fillAction("plan", "plan", "安装边坡雷达");
        fillAction("plan", "measures", "十日内完成并接入平台");
        pressAction("plan");
        itemStatus("RECTIFYING");
        fillAction("submit", "evidence", "雷达已接入监测平台");
        pressAction("submit");
        itemStatus("SUBMITTED");
        assertThat(absent(By.id("action-accept")))
                .as("a target never accepts its own item")
                .isTrue();

        // the banner's leader: the government's plan, and its principal's report
        signIn("leader", lang);
        openTour(tours, title);
        openItem(government);
        fillAction("plan", "plan", "旗政府牵头开展外包工程专项清理");
        fillAction("plan", "measures", "逐矿核查合同和资质");
        pressAction("plan");
        itemStatus("RECTIFYING");
        openTour(tours, title);
        var reportForm = browser.findElement(By.cssSelector("form[id^='report-form-']"));
        reportForm.findElement(By.name("report")).sendKeys("旗长主持召开专题会议，部署整改，逐项明确责任领导。");
        press(reportForm.findElement(By.cssSelector("button[type='submit']")));
        waitFor(d -> d.findElement(By.id("tour-reports")).getText().contains("1"));
        assertThat(browser.findElement(By.id("targets")).getText()).contains(en ? "report received" : "报送的主要负责人报告");

        // the office: close the mine's item, sample it, verify, reopen it, publish
        signIn("leagueduty", lang);
        openTour(tours, title);
        openItem(mine);
        fillAction("accept", "opinion", "现场核实，同意销号");
        pressAction("accept");
        itemStatus("CLOSED");
        openTour(tours, title);
        press(By.id("do-sample"));
        waitFor(d -> !d.findElements(By.cssSelector("#samples .sampled")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#samples .sampled")).getText())
                .contains(mine);
        press(By.cssSelector("#samples a.verify-link"));
        waitFor(d -> !d.findElements(By.cssSelector("#samples .verification")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#samples .verification")).getText())
                .contains(en ? "Reproducible" : "可复现");
        press(By.cssSelector("#samples .sampled a"));
        Browser.waitForHeading(browser, mine);
        fillAction("reopen", "newDeadline", today.plusDays(20).toString());
        fillAction("reopen", "reason", "回头看发现雷达离线");
        pressAction("reopen");
        itemStatus("RECTIFYING");
        openTour(tours, title);
        assertThat(target("宏岩").findElement(By.cssSelector(".reopen-rate")).getText())
                .contains("100%");
        browser.findElement(By.id("summary")).sendKeys("巡查发现问题3个，已整改销号1个，1个经回头看重新整改。");
        press(By.id("do-publish"));
        waitFor(d -> !d.findElements(By.id("tour-public-link")).isEmpty());
        press(By.id("tour-public-link"));
        waitFor(d -> !d.findElements(By.id("public-summary")).isEmpty());
        var page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(mine)
                .contains("阿拉善左旗人民政府")
                .doesNotContain("巡查组组长甲")
                .doesNotContain("专家乙");

        // past the deadline
        new Overdue(port).moveClock("P70D");
        assertThat(Api.at(port)
                        .as("admin")
                        .post("/api/v1/admin/jobs/rectification-sweep/run", "")
                        .status())
                .isEqualTo(200);
        signIn("leader", lang);
        openTour(tours, title);
        assertThat(finding(government)
                        .findElement(By.cssSelector(".supervision"))
                        .getAttribute("class"))
                .contains("supervision-RED");
        openItem(government);
        assertThat(absent(By.id("action-extend")))
                .as("no extension after the deadline")
                .isTrue();
    }

    private void signIn(String user, String lang) {
        Browser.signIn(browser, port, user);
        browser.get("http://localhost:" + port + "/?lang=" + lang);
    }

    private static String suffix(boolean en) {
        return en ? "（英）" : "（中）";
    }

    /** Records a finding on the tour's page: the party by value or by name, optionally a photo and a hazard. */
    private void finding(String value, String name, String title, boolean hazard) throws Exception {
        var party = new Select(browser.findElement(By.id("finding-responsible")));
        if (value != null) {
            party.selectByValue(value);
        } else {
            party.selectByVisibleText(name);
        }
        browser.findElement(By.id("finding-title")).sendKeys(title);
        browser.findElement(By.id("finding-description")).sendKeys("巡查现场发现：" + title);
        if (hazard) {
            browser.findElement(By.id("finding-files")).sendKeys(photo().toString());
            press(By.id("finding-hazard"));
            browser.findElement(By.id("finding-place")).sendKeys("南帮排土场");
        }
        press(By.id("do-finding"));
        waitFor(d -> d.findElements(By.cssSelector("#findings li")).stream()
                .anyMatch(li -> li.getText().contains(title)));
    }

    private static WebElement finding(String title) {
        return browser.findElements(By.cssSelector("#findings li")).stream()
                .filter(li -> li.getText().contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + title));
    }

    private static WebElement target(String name) {
        return browser.findElements(By.cssSelector("#targets li")).stream()
                .filter(li -> li.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target " + name));
    }

    private void openTour(String menu, String title) {
        fromTheMenu(menu);
        waitFor(d -> !d.findElements(By.linkText(title)).isEmpty());
        press(By.linkText(title));
        Browser.waitForHeading(browser, title);
    }

    private void openItem(String title) {
        press(finding(title).findElement(By.linkText(title)));
        Browser.waitForHeading(browser, title);
    }

    private static void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value.toString());
    }

    private static void press(By what) {
        press(browser.findElement(what));
    }

    private static void press(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void status(String code) {
        waitFor(d -> d.findElement(By.id("tour-status")).getAttribute("class").contains("status-" + code));
    }

    private static void itemStatus(String code) {
        try {
            waitFor(d ->
                    d.findElement(By.id("item-status")).getAttribute("class").contains("status-" + code));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "not " + code + " at " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }

    private static boolean absent(By what) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(what).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(Browser.IMPLICIT_WAIT);
        }
    }

    private static void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        Browser.waitFor(browser, condition);
    }

    private static Path photo() throws java.io.IOException {
        var file = Files.createTempFile("slope", ".png");
        Files.write(file, Images.encode(Images.scene(UUID.randomUUID().getMostSignificantBits(), 640, 480), "png"));
        return file;
    }
}
