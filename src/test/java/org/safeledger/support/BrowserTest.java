package org.safeledger.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser test's Chromium (see {@link Browser}): started once for the class, quit after it. Classes run one after
 * another, so the one field serves each in turn.
 */
public abstract class BrowserTest {

    protected static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Follows a link of the menu as a person does: on a phone the menu is folded, so it is opened first. */
    protected static void fromTheMenu(String linkText) {
        var menu = browser.findElement(org.openqa.selenium.By.id("menu"));
        if (menu.getAttribute("open") == null) {
            browser.findElement(org.openqa.selenium.By.id("menu-toggle")).click();
        }
        menu.findElement(org.openqa.selenium.By.linkText(linkText)).click();
    }

    /** Types into a field of a hazard's action form ({@code form#action-…}); a date is set, as a date picker would. */
    protected static void fillAction(String action, String field, String value) {
        var input = browser.findElement(
                org.openqa.selenium.By.cssSelector("#action-" + action + " [name='" + field + "']"));
        if ("date".equals(input.getAttribute("type"))) {
            browser.executeScript("arguments[0].value = arguments[1]", input, value);
        } else {
            input.sendKeys(value);
        }
    }

    /** Presses an action form's button ({@code #do-…}), scrolled into view first as a thumb would. */
    protected static void pressAction(String action) {
        var button = browser.findElement(org.openqa.selenium.By.id("do-" + action));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** A phone's window (390 × 844), for the walks the issues ask to be done on a phone. */
    protected static void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }
}
