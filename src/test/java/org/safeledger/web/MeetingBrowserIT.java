package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A meeting recorded from the pages alone: the banner's leader records its executive meeting with the minutes and
 * two decisions, each with the department that carries it out and the post that owns it; the meeting's page shows
 * both with their owners, and the emergency bureau finds its decision among the items it answers for and files its
 * plan. In Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class MeetingBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void aMeetingsDecisionsAreRecordedWithTheirOwnersAndCarriedOutFromThePages(String lang, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var topic = "旗政府常务会议研究安全生产" + UUID.randomUUID().toString().substring(0, 6);
        var first = topic + "：汛前排查尾矿库";
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn("leader", lang);
        fromTheMenu(en ? "Meetings" : "会议议定事项");
        press(By.id("new-meeting"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("GOVERNMENT_EXECUTIVE");
        browser.findElement(By.id("topic")).sendKeys(topic);
        var minutes = Files.createTempFile("minutes", ".pdf");
        Files.write(minutes, org.safeledger.support.Images.pdf(1));
        browser.findElement(By.id("minutes")).sendKeys(minutes.toString());
        decision(0, first, "阿拉善左旗应急管理局", "副旗长（分管安全生产） 王建国", today.plusDays(20));
        decision(1, topic + "：国道穿越矿区路段整治", "阿拉善左旗交通运输局", "副旗长（分管交通运输、自然资源） 刘建华（虚构）", today.plusDays(40));
        press(By.id("meeting-submit"));
        try {
            Browser.waitForHeading(browser, topic);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.findElement(By.tagName("main")).getText(), e);
        }
        assertThat(browser.findElements(By.cssSelector("#decisions li"))).hasSize(2);
        assertThat(browser.findElement(By.id("decisions")).getText())
                .contains("王建国")
                .contains("刘建华（虚构）")
                .contains("阿拉善左旗交通运输局");
        assertThat(browser.findElements(By.id("meeting-minutes"))).hasSize(1);

        signIn("inspector", lang);
        fromTheMenu(en ? "Rectification items" : "整改事项");
        press(By.id("mine-responsible"));
        Browser.waitFor(browser, d -> !d.findElements(By.linkText(first)).isEmpty());
        press(By.linkText(first));
        Browser.waitForHeading(browser, first);
        fillAction("plan", "plan", "应急管理局牵头逐库排查");
        fillAction("plan", "measures", "一、制定方案；二、逐库检查；三、汇总上报");
        pressAction("plan");
        Browser.waitFor(
                browser,
                d -> d.findElement(By.id("item-status")).getAttribute("class").contains("status-RECTIFYING"));
    }

    private void decision(int k, String title, String handler, String owner, LocalDate deadline) {
        browser.findElement(By.id("title" + k)).sendKeys(title);
        new Select(browser.findElement(By.id("responsible" + k))).selectByVisibleText(handler);
        new Select(browser.findElement(By.id("owner" + k))).selectByVisibleText(owner);
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("deadline" + k)), deadline.toString());
    }

    private void signIn(String user, String lang) {
        Browser.signIn(browser, port, user);
        browser.get("http://localhost:" + port + "/?lang=" + lang);
    }

    private static void press(By what) {
        var element = browser.findElement(what);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
