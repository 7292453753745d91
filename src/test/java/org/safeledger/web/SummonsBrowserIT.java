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
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A summons from the pages alone: the league's emergency bureau records its summons of the banner's government with
 * the minutes and two measures; the banner's leader finds it, sees the measures as its items and files the written
 * report with a file. In Chinese on a phone and in English on a desktop.
 */
@IntegrationTest
class SummonsBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void aSummonsIsRecordedWithItsMeasuresAndTheSummonedFilesItsReport(String lang, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var reason = "挂牌督办隐患逾期未改" + UUID.randomUUID().toString().substring(0, 6);
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Browser.signIn(browser, port, "leagueduty", lang);
        fromTheMenu(en ? "Summons" : "约谈");
        Browser.press(browser, browser.findElement(By.id("new-summons")));
        new Select(browser.findElement(By.id("subject"))).selectByValue("GOVERNMENT:152921");
        new Select(browser.findElement(By.id("trigger"))).selectByValue("LISTED_HAZARD_OVERDUE");
        browser.findElement(By.id("reason")).sendKeys(reason);
        var minutes = Files.createTempFile("minutes", ".pdf");
        Files.write(minutes, Images.pdf(1));
        browser.findElement(By.id("minutes")).sendKeys(minutes.toString());
        measure(0, "一个月内完成挂牌隐患整改", today.plusDays(30));
        measure(1, "建立旗级领导包联制度", today.plusDays(60));
        Browser.press(browser, browser.findElement(By.id("summons-submit")));
        Browser.waitForHeading(browser, en ? "Summons of" : "约谈：");
        assertThat(browser.findElements(By.cssSelector("#measures li"))).hasSize(2);
        assertThat(browser.findElements(By.id("summons-minutes"))).hasSize(1);
        assertThat(browser.findElement(By.id("summons-report-due")).getText())
                .isEqualTo(today.plusDays(20).toString());
        assertThat(browser.findElements(By.id("report-form")))
                .as("the body does not report")
                .isEmpty();

        Browser.signIn(browser, port, "leader", lang);
        fromTheMenu(en ? "Summons" : "约谈");
        var entry = browser.findElements(By.cssSelector("#summons-list li")).stream()
                .filter(li -> li.getText().contains("阿拉善左旗人民政府"))
                .findFirst()
                .orElseThrow();
        Browser.press(browser, entry.findElement(By.cssSelector("a.item-title")));
        Browser.waitForHeading(browser, en ? "Summons of" : "约谈：");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(reason.substring(0, 6));
        var report = Files.createTempFile("report", ".pdf");
        Files.write(report, Images.pdf(2));
        browser.findElement(By.id("reportFiles")).sendKeys(report.toString());
        browser.findElement(By.id("report")).sendKeys("已制定整改方案，挂牌隐患正在整改");
        Browser.press(browser, browser.findElement(By.id("report-submit")));
        Browser.waitFor(
                browser,
                d -> d.findElement(By.id("summons-status"))
                        .getAttribute("class")
                        .contains("status-REPORTED"));
        assertThat(browser.findElement(By.id("summons-report")).getText()).contains("已制定整改方案");
        assertThat(browser.findElements(By.id("report-form"))).isEmpty();
    }

    private void measure(int k, String title, LocalDate deadline) {
        browser.findElement(By.id("measure" + k)).sendKeys(title);
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("deadline" + k)), deadline.toString());
    }
}
