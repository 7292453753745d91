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
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Api;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk through the pages only: the league's emergency bureau assigns an item to the banner's government;
 * the banner's leader finds it among the items it answers for, files the plan, asks for an extension (granted by the
 * bureau on the item's page), reports progress and submits evidence with a photo; the bureau finds it among the items it assigned and closes it. A second item assigned the same way
 * runs past its deadline: the league's leader is told in the inbox, and the item's page shows it red and escalated,
 * with no extension offered. In Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class RectificationBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        new Overdue(port).moveClock("P0D");
    }

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void anItemForTheBannersGovernmentIsAssignedRectifiedClosedAndAnotherEscalatedFromThePagesAlone(
            String lang, int width, int height) throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var title = "边坡雷达监测整改" + UUID.randomUUID().toString().substring(0, 6);
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn("leagueduty", lang);
        assign(title, today.plusDays(30), en);
        status("ASSIGNED");
        assertThat(browser.findElement(By.id("item-responsible")).getText()).contains("阿拉善左旗人民政府");
        assertThat(absent(By.cssSelector("#actions form"))).isTrue();

        signIn("leader", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        browser.findElement(By.id("mine-responsible")).click();
        open(title);
        fillAction("plan", "plan", "旗政府牵头，逐矿安装边坡雷达");
        fillAction("plan", "measures", "一、采购雷达；二、安装调试；三、接入监测平台");
        pressAction("plan");
        status("RECTIFYING");

        // an extension asked in time: the deadline stands until the league's bureau grants it
        fillAction("extend", "newDeadline", today.plusDays(45).toString());
        fillAction("extend", "reason", "雷达到货推迟");
        fillAction("extend", "progress", "已完成采购合同签订");
        pressAction("extend");
        waitFor(d -> !d.findElements(By.id("item-extension")).isEmpty());
        assertThat(browser.findElement(By.id("item-deadline")).getText())
                .isEqualTo(today.plusDays(30).toString());
        assertThat(absent(By.id("action-extend"))).as("one request at a time").isTrue();
        assertThat(absent(By.id("action-grant-extension")))
                .as("not the party's to grant")
                .isTrue();

        signIn("leagueduty", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        browser.findElement(By.id("mine-assigned")).click();
        open(title);
        assertThat(browser.findElement(By.id("item-extension")).getText())
                .contains(today.plusDays(45).toString())
                .contains("雷达到货推迟")
                .contains("已完成采购合同签订");
        fillAction("grant-extension", "opinion", "同意延期");
        pressAction("grant-extension");
        waitFor(d -> d.findElement(By.id("item-deadline"))
                .getText()
                .equals(today.plusDays(45).toString()));
        assertThat(absent(By.id("item-extension"))).isTrue();

        signIn("leader", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        browser.findElement(By.id("mine-responsible")).click();
        open(title);
        fillAction("progress", "note", "两处矿山雷达已安装");
        pressAction("progress");
        status("RECTIFYING");
        browser.findElement(By.id("evidenceFiles")).sendKeys(photo().toString());
        fillAction("submit", "evidence", "三处矿山边坡雷达均已投用");
        pressAction("submit");
        status("SUBMITTED");
        assertThat(browser.findElements(By.cssSelector("#item-files img"))).hasSize(1);
        assertThat(absent(By.id("action-accept"))).isTrue();

        signIn("leagueduty", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        browser.findElement(By.id("mine-assigned")).click();
        open(title);
        fillAction("accept", "opinion", "现场核查，整改到位");
        pressAction("accept");
        status("CLOSED");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains(en ? "Plan filed" : "报送整改方案")
                .contains(en ? "Extension granted" : "同意延期，期限延长")
                .contains(en ? "Accepted and closed" : "验收销号");

        // a second item runs past its deadline
        var late = title + (en ? " (2)" : "（二）");
        assign(late, today.plusDays(2), en);
        status("ASSIGNED");
        var overdue = new Overdue(port);
        overdue.moveClock("P20D");
        assertThat(Api.at(port)
                        .as("admin")
                        .post("/api/v1/admin/jobs/rectification-sweep/run", "")
                        .status())
                .isEqualTo(200);

        signIn("leagueleader", lang);
        browser.findElement(By.id("inbox-link")).click();
        var item = browser.findElements(By.cssSelector(".inbox-item.unread")).stream()
                .filter(e -> e.getText().contains(late))
                .findFirst()
                .orElseThrow();
        item.findElement(By.cssSelector("button.inbox-title")).click();
        Browser.waitForHeading(browser, late);
        assertThat(browser.findElement(By.id("item-supervision")).getAttribute("class"))
                .contains("supervision-RED");
        assertThat(browser.findElement(By.id("item-escalation")).isDisplayed()).isTrue();

        signIn("leader", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        new Select(browser.findElement(By.id("supervision"))).selectByValue("RED");
        browser.findElement(By.id("filter-apply")).click();
        open(late);
        assertThat(browser.findElement(By.id("item-supervision")).getText()).contains(en ? "Red" : "红色");
        assertThat(browser.findElements(By.id("action-extend")))
                .as("no extension after the deadline")
                .isEmpty();
        assertThat(browser.findElements(By.id("action-plan")))
                .as("late, the plan is still owed")
                .hasSize(1);
    }

    private void signIn(String user, String lang) {
        Browser.signIn(browser, port, user);
        browser.get("http://localhost:" + port + "/?lang=" + lang);
    }

    /** From the menu to the ledger, its assign button, the form; the item's page afterwards. */
    private void assign(String title, LocalDate deadline, boolean en) {
        fromTheMenu(en ? "Rectification items" : "整改事项");
        browser.findElement(By.id("assign-item")).click();
        waitFor(d -> !d.findElements(By.id("assign-form")).isEmpty());
        new Select(browser.findElement(By.id("origin"))).selectByValue("TOUR_FINDING");
        new Select(browser.findElement(By.id("responsible"))).selectByValue("GOVERNMENT:152921");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("盟安委会巡查发现边坡无在线监测");
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("deadline")), deadline.toString());
        var submit = browser.findElement(By.id("assign-submit"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        Browser.waitForHeading(browser, title);
    }

    private void open(String title) {
        waitFor(d -> !d.findElements(By.linkText(title)).isEmpty());
        var link = browser.findElement(By.linkText(title));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        Browser.waitForHeading(browser, title);
    }

    private void status(String code) {
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

    /** Whether the page, as loaded, has no such element (asked without the implicit wait). */
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
        var file = Files.createTempFile("radar", ".png");
        Files.write(file, Images.encode(Images.scene(UUID.randomUUID().getMostSignificantBits(), 640, 480), "png"));
        return file;
    }
}
