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
 * The accountability board from the pages alone: the banner's leader reads the look-back signal on its bureau and
 * opens the hazard behind it, opens the year's scorecard from the board's score (the same points and grade) with
 * each deduction's facts and its PDF and sheet; the safety committee office records an accountability decision on
 * the leader in charge, from the demo accident, and opens the accident from the record. In Chinese on a phone and in
 * English on a desktop.
 */
@IntegrationTest
class AccountabilityBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    /** What following the link answers: its status and content type, fetched as the page's own session would. */
    private static String download(String linkId) {
        return String.valueOf(browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById(arguments[0]).href)"
                        + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                        + ".catch(e => done('failed ' + e));",
                linkId));
    }

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theLeaderReadsTheBoardAndScorecardAndTheOfficeRecordsADecisionFromTheAccident(
            String lang, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        var menu = en ? "Accountability" : "问责看板";

        Browser.signIn(browser, port, "leader", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Accountability board of" : "阿拉善左旗问责看板");
        var signal = browser.findElement(By.id("signals"))
                .findElement(By.partialLinkText(en ? "Missed by inspection" : "检查未发现"));
        assertThat(signal.getText()).contains("阿拉善左旗应急管理局").contains("南排土场边坡出现多条张拉裂缝");
        var points = browser.findElement(By.id("score-points")).getText();
        var grade = browser.findElement(By.id("score-grade")).getText();
        Browser.press(browser, signal);
        Browser.waitForHeading(browser, "南排土场边坡出现多条张拉裂缝");
        browser.navigate().back();

        Browser.waitForHeading(browser, en ? "Accountability board of" : "阿拉善左旗问责看板");
        Browser.press(browser, browser.findElement(By.id("to-scorecard")));
        Browser.waitForHeading(browser, en ? "Assessment of" : "阿拉善左旗");
        assertThat(browser.findElement(By.id("scorecard-points")).getText()).isEqualTo(points);
        assertThat(browser.findElement(By.id("scorecard-grade")).getText()).isEqualTo(grade);
        assertThat(browser.findElement(By.id("deduction-DUTY_NOT_PERFORMED")).getText())
                .contains(en ? "Duties of the duty list not performed" : "责任清单职责未履行")
                .contains(en ? "The county party standing committee" : "县级党委常委会");
        assertThat(browser.findElement(By.id("deduction-IDLING_SIGNAL")).getText())
                .contains("南排土场边坡出现多条张拉裂缝");
        // the links download what they say, in the reader's session
        assertThat(download("scorecard-pdf")).startsWith("200 application/pdf");
        assertThat(download("scorecard-xlsx")).startsWith("200 application/vnd.openxmlformats");
        assertThat(browser.findElements(By.id("record-form")))
                .as("the leader is not the office: no form to record a decision")
                .isEmpty();

        var note = "阿左纪发〔2026〕" + UUID.randomUUID().toString().substring(0, 4) + "号（虚构）";
        Browser.signIn(browser, port, "inspector", lang);
        fromTheMenu(menu);
        Browser.waitForHeading(browser, en ? "Accountability board of" : "阿拉善左旗问责看板");
        Browser.press(browser, browser.findElement(By.cssSelector("#record-details summary")));
        var post = new Select(browser.findElement(By.id("postId")));
        post.selectByVisibleText(post.getOptions().stream()
                .map(o -> o.getText())
                .filter(t -> t.contains("王建国"))
                .findFirst()
                .orElseThrow());
        new Select(browser.findElement(By.id("ground"))).selectByValue("ACCIDENT_LEADERSHIP");
        Browser.press(browser, browser.findElement(By.id("form-ADMONITION")));
        var source = new Select(browser.findElement(By.id("source")));
        source.selectByVisibleText(source.getOptions().stream()
                .map(o -> o.getText())
                .filter(t -> t.contains("北岭"))
                .findFirst()
                .orElseThrow());
        browser.findElement(By.id("note")).sendKeys(note);
        Browser.press(browser, browser.findElement(By.id("record-submit")));
        Browser.waitFor(browser, d -> d.findElement(By.id("records")).getText().contains(note));
        var record = browser.findElements(By.cssSelector("#records li.record")).stream()
                .filter(r -> r.getText().contains(note))
                .findFirst()
                .orElseThrow();
        assertThat(record.getText())
                .contains("王建国")
                .contains(en ? "Admonition" : "诫勉")
                .contains(en ? "Leadership responsibility for an accident" : "对生产安全事故负有领导责任");
        Browser.press(browser, record.findElement(By.cssSelector("a.source")));
        Browser.waitForHeading(browser, en ? "Accident at" : "示例北岭");
    }
}
