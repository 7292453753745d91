package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk on a phone-sized window: the demo mine's principal reports a collapse within minutes and sees
 * its level by law (counting the missing, provisionally graver); the county inspector sees the reporting chain
 * with its deadlines and records receiving it.
 */
@IntegrationTest
class AccidentBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
    }

    @Test
    void aMinePrincipalReportsAnAccidentFromAPhoneAndSeesItsLevel() {
        Browser.signIn(browser, port, "mine1");
        fromTheMenu("事故");
        Browser.waitForHeading(browser, "生产安全事故");
        browser.findElement(By.id("accident-new")).click();
        Browser.waitForHeading(browser, "报告事故");
        var when = LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .minusMinutes(15)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        browser.executeScript("document.getElementById('occurredAt').value = arguments[0]", when);
        browser.findElement(By.id("place")).sendKeys("南帮排土场");
        new Select(browser.findElement(By.id("type"))).selectByValue("COLLAPSE");
        clearAndType("deaths", "3");
        clearAndType("missing", "8");
        clearAndType("seriousInjuries", "2");
        clearAndType("directLossYuan", "12000000");
        browser.findElement(By.id("summary")).sendKeys("排土场边坡滑塌，掩埋两台自卸车");
        browser.findElement(By.id("accident-submit")).click();
        Browser.waitForHeading(browser, "阿拉善左旗宏岩露天煤矿");
        // 3 dead and 12,000,000 yuan: 较大; counting the 8 missing (11): 重大
        assertThat(browser.findElement(By.id("accident-level")).getText()).isEqualTo("较大事故");
        assertThat(browser.findElement(By.id("accident-provisional")).getText()).contains("重大事故");
        assertThat(browser.findElement(By.id("chain-table")).getText())
                .contains("县级有关部门")
                .contains("省级有关部门")
                .contains("国务院有关部门");
        var url = browser.getCurrentUrl();

        Browser.signIn(browser, port, "inspector");
        browser.get(url);
        Browser.waitForHeading(browser, "阿拉善左旗宏岩露天煤矿");
        browser.findElement(By.id("receive-COUNTY")).click();
        Browser.waitForHeading(browser, "阿拉善左旗宏岩露天煤矿");
        assertThat(browser.findElement(By.id("step-COUNTY")).getText())
                .contains("公安机关")
                .contains("按时");
        assertThat(browser.findElements(By.id("send-PREFECTURE"))).hasSize(1);
    }

    private static void clearAndType(String id, String value) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
