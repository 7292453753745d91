package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeledger.support.Browser;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages in a real Chromium: sign in, read the home page, switch language, use a form. */
@IntegrationTest
class BrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo2026");
        browser.findElement(By.id("login-submit")).click();
        heading("您好");
    }

    @Test
    void aDemoUserSignsInSeesTheHomePageInChineseAndSwitchesToEnglish() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        assertThat(browser.findElement(By.id("demo-users")).getText()).contains("mine1", "demo2026");

        signInAs("mine1");

        heading("您好");
        assertThat(browser.findElement(By.id("my-enterprise")).getText()).contains("宏岩露天煤矿");
        assertThat(browser.findElement(By.id("task-hazardsToAccept")).getText()).contains("待验收");
        screenshot("home-zh");

        browser.findElement(By.id("lang-en")).click();

        heading("Hello");
        assertThat(browser.findElement(By.id("task-hazardsToAccept")).getText())
                .contains("Hazards awaiting acceptance");
        browser.get(url("/profile"));
        heading("Profile");

        browser.findElement(By.id("lang-zh")).click();
        heading("个人中心");
    }

    @Test
    void theEnterpriseListFiltersAsTheLeaderTypesWithoutReloadingThePage() throws Exception {
        signInAs("leader");
        browser.get(url("/org/enterprises"));
        assertThat(browser.findElement(By.id("results")).getText()).contains("宏岩露天煤矿", "城镇燃气");
        browser.executeScript("window.notReloaded = true");

        browser.findElement(By.id("q")).sendKeys("燃气");

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElement(By.id("results")).getText().contains("宏岩露天煤矿"));
        assertThat(browser.findElement(By.id("results")).getText()).contains("城镇燃气");
        assertThat(browser.executeScript("return window.notReloaded")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).contains("q=");
        screenshot("enterprises-filtered");
    }

    @Test
    void theEnterpriseChooserOfTheReportFormSearchesAsTheInspectorTypes() {
        signInAs("inspector");
        browser.get(url("/hazards/new"));

        browser.findElement(By.id("enterpriseId-search")).sendKeys("瀚海");

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    var options = d.findElements(By.cssSelector("#enterpriseId option"));
                    return options.size() == 2 && options.get(1).getText().contains("瀚海精细化工");
                });
    }

    /** Waits for the page that a click leads to: its heading starts with the text (or fails after 10 s). */
    private void heading(String start) {
        Browser.waitForHeading(browser, start);
    }

    private void screenshot(String name) throws java.io.IOException {
        var target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anInspectorRegistersAnEnterpriseAndABadCreditCodeKeepsTheFormFilledIn() throws Exception {
        signInAs("inspector");
        browser.get(url("/org/enterprises/new"));
        browser.findElement(By.id("name")).sendKeys("浏览器测试煤业（测试）");
        var valid = CreditCodes.fresh("152921");
        browser.findElement(By.id("creditCode"))
                .sendKeys(valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
        browser.findElement(By.id("regionCode")).sendKeys("152921");
        browser.findElement(By.id("address")).sendKeys("阿拉善左旗测试路1号");
        browser.findElement(By.cssSelector("input[name='sectors'][value='COAL_MINE']"))
                .click();
        browser.findElement(By.id("save-enterprise")).click();

        assertThat(browser.findElement(By.cssSelector(".field-error")).getText())
                .contains("校验码");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("浏览器测试煤业（测试）");
        screenshot("enterprise-form-error");

        browser.findElement(By.id("creditCode")).clear();
        browser.findElement(By.id("creditCode")).sendKeys(valid);
        browser.findElement(By.id("save-enterprise")).click();

        heading("浏览器测试煤业（测试）");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("已登记");
    }
}
