package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safeledger.support.Browser;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk on a phone-sized window: the demo mine's principal runs its weekly checklist, finds the
 * open-pit slope (clause 18.10) non-compliant with a photo, and turns it into a major hazard in one click; the
 * unanswered items keep the run from being "all clear".
 */
@IntegrationTest
class SelfInspectionBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
    }

    @Test
    void aMineRunsItsChecklistOnAPhoneAndTurnsTheSlopeFindingIntoAMajorHazard() throws Exception {
        Browser.signIn(browser, port, "mine1");
        fromTheMenu("自查");
        Browser.waitForHeading(browser, "阿拉善左旗宏岩露天煤矿");
        // the weekly checklist of the demo shows the weeks it was missed
        assertThat(browser.findElement(By.cssSelector("#schedule-table .missed"))
                        .getText())
                .isEqualTo("4");
        browser.findElement(By.linkText("露天采场边坡与排土场周检表")).click();
        Browser.waitForHeading(browser, "露天采场边坡与排土场周检表");
        browser.findElement(By.id("run-place")).sendKeys("北帮+1250平台");
        browser.findElement(By.id("run-start-submit")).click();
        Browser.waitForHeading(browser, "露天采场边坡与排土场周检表");

        var first = browser.findElement(By.cssSelector(".run-item"));
        assertThat(first.getText()).contains("18.10").contains("露天煤矿边坡角大于设计最大值");
        first.findElement(By.cssSelector("input[value='NON_COMPLIANT']")).click();
        first.findElement(By.cssSelector("input[name^='note-']")).sendKeys("北帮边坡角实测47°，超设计最大值");
        var photo = Files.createTempFile("slope", ".png");
        Files.write(photo, Images.png());
        first.findElement(By.cssSelector("input[type='file']")).sendKeys(photo.toString());
        var second = browser.findElements(By.cssSelector(".run-item")).get(1);
        second.findElement(By.cssSelector("input[value='COMPLIANT']")).click();
        browser.findElement(By.id("run-save")).click();
        Browser.waitForHeading(browser, "露天采场边坡与排土场周检表");
        assertThat(browser.findElement(By.id("run-counts")).getText())
                .contains("不符合：1")
                .contains("符合：1");
        assertThat(browser.findElements(By.cssSelector(".run-item .thumbs img")))
                .hasSize(1);

        browser.findElement(By.cssSelector("#findings button")).click();
        Browser.waitForHeading(browser, "北帮边坡角实测47°");
        assertThat(browser.findElement(By.id("citations")).getText()).contains("18.10");
        assertThat(browser.findElement(By.id("hazard-grade")).getText()).isEqualTo("重大事故隐患");
        assertThat(browser.findElements(By.cssSelector("#hazard-files img"))).hasSize(1);

        // back on the run: the finding links to its hazard; completing it says what was left unchecked
        browser.navigate().back();
        browser.navigate().refresh();
        Browser.waitForHeading(browser, "露天采场边坡与排土场周检表");
        assertThat(browser.findElement(By.cssSelector("#findings a")).getText()).isEqualTo("查看隐患");
        browser.findElement(By.id("run-complete-submit")).click();
        Browser.waitForHeading(browser, "露天采场边坡与排土场周检表");
        assertThat(browser.findElement(By.id("run-outcome")).getText()).isEqualTo("发现不符合项");
        assertThat(browser.findElement(By.id("run-counts")).getText()).contains("未检查：5");
    }
}
