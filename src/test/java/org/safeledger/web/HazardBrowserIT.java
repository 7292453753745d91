package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The acceptance walk, on a phone-sized window: a mine's principal reports a hazard with a photo, carries
 * it through a rejection to closure; the county inspector sees it; the other mine does not.
 */
@IntegrationTest
class HazardBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo2026");
        browser.findElement(By.id("login-submit")).click();
        heading("您好");
    }

    private void heading(String start) {
        Browser.waitForHeading(browser, start);
    }

    private void status(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    try {
                        return d.findElement(By.id("hazard-status")).getText().equals(expected);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        // stale, missing, or "node does not belong to the document" while the page is replaced
                        return false;
                    }
                });
    }

    @Test
    void anInspectorCitesEighteenTenAndTheMineSettlesItsFiveImplementationsBeforeRectifying() {
        var title = "边坡角超设计" + UUID.randomUUID().toString().substring(0, 6);
        var api = org.safeledger.support.Api.at(port).as("mine1");
        long enterprise = api.get("/api/v1/me").json().get("enterpriseId").asLong();
        long id = api.post("/api/v1/hazards", """
                        {"enterpriseId":%d,"title":"%s","description":"北帮坡角47°","location":"北帮","sector":"COAL_MINE",
                         "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(
                        enterprise, title, java.time.OffsetDateTime.now().minusHours(1)))
                .json()
                .get("id")
                .asLong();

        signInAs("inspector");
        browser.get("http://localhost:" + port + "/hazards/" + id);
        heading(title);
        fillAction("cite", "clauseNumbers", "18.10");
        pressAction("cite");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElements(By.id("citations")).isEmpty());
        assertThat(browser.findElement(By.id("citations")).getText())
                .contains("18.10")
                .contains("露天煤矿边坡角");
        assertThat(browser.findElement(By.id("hazard")).getText()).contains("重大事故隐患");

        signInAs("mine1");
        browser.get("http://localhost:" + port + "/hazards/" + id);
        heading(title);
        fillAction("assign", "plan", "削坡减载");
        fillAction("assign", "responsiblePerson", "李志刚");
        fillAction(
                "assign",
                "deadline",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).format(DateTimeFormatter.ISO_DATE));
        fillAction("assign", "fiveResponsibility", "矿长李志刚");
        fillAction("assign", "fiveMeasures", "削坡减载至设计坡角");
        fillAction("assign", "fiveFunding", "安全费用120万元");
        fillAction("assign", "fiveDeadline", "20日内");
        fillAction("assign", "fiveContingencyPlan", "边坡监测预警与撤离预案");
        fillAction("assign", "planObjectives", "坡角降至设计值以内");
        fillAction("assign", "planMethods", "自上而下削坡减载");
        fillAction("assign", "planFunding", "120万元，挖机两台");
        fillAction("assign", "planOrganisation", "生产技术科");
        fillAction("assign", "planTimeLimit", "20日内完成");
        fillAction("assign", "planSafety", "边坡雷达监测，危险区撤人");
        pressAction("assign");
        status("整改中");
        assertThat(browser.findElement(By.id("five-implementations")).getText()).contains("安全费用120万元");
        assertThat(browser.findElement(By.id("treatment-plan")).getText()).contains("自上而下削坡减载");
    }

    @Test
    void aPrincipalReportsOnAPhoneAndCarriesTheHazardThroughRejectionToClosure() throws Exception {
        var title = "边坡裂缝" + UUID.randomUUID().toString().substring(0, 6);
        var photo = Files.createTempFile("hazard", ".png");
        Files.write(photo, org.safeledger.support.Images.png());

        signInAs("mine1");
        browser.get("http://localhost:" + port + "/hazards/new");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("北帮边坡出现长约5米裂缝");
        browser.findElement(By.id("location")).sendKeys("北帮+1250平台");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sector"))).selectByValue("COAL_MINE");
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        browser.findElement(By.id("submit-report")).click();

        heading(title);
        status("已登记");
        assertThat(browser.findElements(By.cssSelector("#hazard-files img"))).hasSize(1);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> ((Number) ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.querySelector('#hazard-files img').naturalWidth"))
                                .intValue()
                        > 0);
        var deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).format(DateTimeFormatter.ISO_DATE);
        fillAction("assign", "plan", "设置位移监测点并削坡");
        fillAction("assign", "responsiblePerson", "王工");
        fillAction("assign", "deadline", deadline);
        pressAction("assign");
        status("整改中");
        fillAction("submit", "evidence", "已设置监测点");
        pressAction("submit");
        status("待验收");
        var hazardUrl = browser.getCurrentUrl();

        signInAs("inspector");
        browser.get(hazardUrl);
        fillAction("reject", "reason", "监测数据未接入平台");
        pressAction("reject");
        status("整改中");

        signInAs("mine2");
        browser.get("http://localhost:" + port + "/hazards");
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(title);
        browser.get(hazardUrl);
        assertThat(browser.findElement(By.id("error-message")).isDisplayed()).isTrue();

        signInAs("mine1");
        browser.get("http://localhost:" + port + "/hazards");
        assertThat(browser.findElement(By.id("results")).getText()).contains(title);
        browser.get(hazardUrl);
        fillAction("submit", "evidence", "监测数据已接入平台");
        pressAction("submit");
        status("待验收");
        fillAction("accept", "opinion", "整改到位");
        pressAction("accept");
        status("已销号");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("登记隐患", "下达整改", "验收不通过", "监测数据未接入平台", "验收销号");
        var shot = Path.of("target", "screenshots", "hazard-closed-phone.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
