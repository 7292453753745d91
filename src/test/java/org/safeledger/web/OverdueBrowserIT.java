package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The acceptance walk for deadlines: with the demo clock moved past a deadline and the sweep run, the
 * county's leader finds the hazard in the inbox, on the hazard page with its escalation, in the escalation view
 * and in the overdue ledger.
 */
@IntegrationTest
class OverdueBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @AfterEach
    void realTime() {
        new Overdue(port).moveClock("P0D");
    }

    private void heading(String start) {
        Browser.waitForHeading(browser, start);
    }

    @Test
    void theLeaderSeesTheEscalatedHazardInTheInboxTheEscalationViewAndTheOverdueLedger() {
        var overdue = new Overdue(port);
        var title = "爆破警戒线未设置" + System.nanoTime() % 10000;
        long id = overdue.hazardDueTomorrow("mine1", title);
        overdue.moveClock("P20D");
        overdue.sweep();

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("leader");
        browser.findElement(By.id("password")).sendKeys("demo2026");
        browser.findElement(By.id("login-submit")).click();
        heading("您好");
        assertThat(browser.findElement(By.id("unread-badge")).getText()).isNotEqualTo("0");
        assertThat(browser.findElement(By.id("task-escalations")).getText()).doesNotContain("没有");

        // the inbox: the escalation, opened, leads to the hazard
        browser.findElement(By.id("inbox-link")).click();
        heading("消息中心");
        var item = browser.findElements(By.cssSelector(".inbox-item.unread")).stream()
                .filter(e -> e.getText().contains(title))
                .findFirst()
                .orElseThrow();
        assertThat(item.getText()).contains("第 3 级");
        item.findElement(By.cssSelector("button.inbox-title")).click();
        heading(title);
        assertThat(browser.getCurrentUrl()).endsWith("/hazards/" + id);
        assertThat(browser.findElement(By.id("escalation-tier")).getText()).isEqualTo("已升级至属地党政领导");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("逾期")
                .contains("系统自动");

        // the escalation view of the county, by enterprise; its tier-3 number opens the ledger
        browser.get("http://localhost:" + port + "/hazards/escalations");
        heading("逾期整改与逐级督促");
        var row = browser.findElements(By.cssSelector("#escalation-table tr")).stream()
                .filter(r -> r.getText().contains("宏岩"))
                .findFirst()
                .orElseThrow();
        row.findElements(By.tagName("a")).get(4).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("tier=3"));
        heading("隐患台账");
        var ledger = browser.findElement(By.id("ledger")).getText();
        assertThat(ledger).contains(title).contains("逾期");
    }
}
