package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Api;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk, on a phone-sized window: the county inspector draws two enterprises, inspects one unannounced,
 * records a finding that becomes a major hazard, issues a numbered rectification order as a PDF with Chinese text,
 * sees the same clause found again flagged as a repeat, and the public page shows the result without sign-in.
 */
@IntegrationTest
class EnforcementBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    @Test
    void fromTheDrawToThePdfOrderAndThePublicResult() throws Exception {
        Browser.signIn(browser, port, "inspector");
        open("/inspections/draws");
        Browser.waitForHeading(browser, "双随机抽取");
        browser.findElement(By.id("sector-COAL_MINE")).click();
        browser.findElement(By.id("seed")).sendKeys("20261122");
        browser.findElement(By.id("draw-submit")).click();
        Browser.waitForHeading(browser, "随机抽取");
        assertThat(browser.findElements(By.cssSelector(".team"))).hasSize(2);
        var enterprise =
                browser.findElement(By.cssSelector("#team-0 h2")).getText().substring(3);

        new Select(browser.findElement(By.id("template-0"))).selectByVisibleText("露天煤矿重大事故隐患执法检查表");
        browser.findElement(By.id("start-0")).click();
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        assertThat(browser.findElement(By.id("enforcement")).getText()).contains("四不两直");
        browser.findElement(By.id("measures")).sendKeys("责令北帮+1250平台停止作业，撤出作业人员");
        browser.findElement(By.id("measures-submit")).click();
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        assertThat(browser.findElement(By.id("enforcement")).getText()).contains("停止作业");

        var first = browser.findElement(By.cssSelector(".run-item"));
        assertThat(first.getText()).contains("18.10");
        first.findElement(By.cssSelector("input[value='NON_COMPLIANT']")).click();
        first.findElement(By.cssSelector("input[name^='note-']")).sendKeys("北帮边坡角实测46°，超设计最大值42°");
        browser.findElement(By.id("run-save")).click();
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        var runUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("#findings button")).click();
        Browser.waitForHeading(browser, "北帮边坡角实测46°");
        assertThat(browser.findElement(By.id("hazard-grade")).getText()).isEqualTo("重大事故隐患");

        browser.get(runUrl);
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        browser.findElement(By.id("issue-order")).click();
        Browser.waitForHeading(browser, "制作文书");
        var deadline = browser.findElement(By.id("deadline"));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        deadline,
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(15).toString());
        browser.findElement(By.id("issue-submit")).click();
        Browser.waitForHeading(browser, "责令限期整改指令书");
        var number = browser.findElement(By.id("document-number")).getText();
        assertThat(number).matches("阿左应急责改〔\\d{4}〕\\d+号");
        var pdfPath = browser.findElement(By.id("document-pdf")).getAttribute("href");
        var documentId = pdfPath.replaceAll(".*/enforcement/(\\d+)/pdf", "$1");
        var pdf = Api.at(port).as("inspector").getBinary("/api/v1/enforcement-documents/" + documentId + "/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(number)
                    .contains("责令限期整改指令书")
                    .contains(enterprise)
                    .contains("北帮边坡角实测46°");
        }

        // the same clause found again at the same enterprise: a repeat, flagged on the hazard
        long enterpriseId = Api.at(port)
                .as("inspector")
                .get("/api/v1/enforcement-documents/" + documentId)
                .json()
                .get("enterpriseId")
                .asLong();
        long clause = Api.at(port)
                .as("inspector")
                .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=18.10")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        var again = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"北帮边坡角再次超设计值","description":"复查时发现","location":"北帮",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION","clauseIds":[%d]}""".formatted(
                        enterpriseId, OffsetDateTime.now(), clause));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        open("/hazards/" + again.json().get("id").asLong());
        Browser.waitForHeading(browser, "北帮边坡角再次超设计值");
        assertThat(browser.findElement(By.id("flag-REPEAT")).getText()).isEqualTo("屡禁不止（重复违法）");

        browser.get(runUrl);
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        browser.findElement(By.id("run-complete-submit")).click();
        Browser.waitForHeading(browser, "露天煤矿重大事故隐患执法检查表");
        assertThat(browser.findElement(By.id("run-outcome")).getText()).isEqualTo("发现不符合项");

        browser.manage().deleteAllCookies();
        open("/public/inspections");
        Browser.waitForHeading(browser, "双随机抽查结果公示");
        assertThat(browser.findElement(By.id("published-table")).getText())
                .contains(enterprise)
                .contains("发现不符合项");
    }
}
