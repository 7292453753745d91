package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page reachable from each demo role's menu, and the pages those link to (each kind of record page of the
 * demo, a few of each), fit a 390 px phone in both languages: nothing is wider than the document's client width
 * (not {@code innerWidth}, which a phone emulation widens to fit the content) and nothing is clipped.
 */
@IntegrationTest
class PhoneLayoutIT extends org.safeledger.support.BrowserTest {

    /** Links that are not pages to lay out: files, exports, the API's pages, signing out, switching language. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "/(files|pdf|export|actions|logout|swagger|v3|api|public/tips|reports)(/|\\.|$|\\?)|\\.(pdf|xlsx|csv|png|jpg)|[?&]lang=|/thumbnail");

    /**
     * Record pages of one kind (digits as {n}) share a template: each role visits up to this many of each kind that
     * no role before it visited in the language, so that together the roles lay out the demo's records (nine roles:
     * up to 27 of a kind per language; at 8 the crawl had grown to seven minutes of the suite's time).
     */
    private static final int PER_KIND = 3;

    /** The record pages laid out so far, per language (the parameterised runs share them). */
    private static final Map<String, java.util.Set<String>> LAID_OUT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Finds what sticks out: the document wider than its client width, an element whose right edge passes it, or an
     * element that clips its own content sideways (form fields, which scroll their text, aside).
     */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.getElementById('error-message')) {
              found.push('an error page: ' + document.getElementById('error-message').textContent.trim());
            }
            if (document.documentElement.scrollWidth > width + 1) {
              found.push('document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.textContent || '').trim().substring(0, 40) + '"';
            for (const el of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(el);
              // inside a closed details (the folded menu, further filters) or hidden: not on the screen
              if (!el.checkVisibility({visibilityProperty: true})) continue;
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0) continue;
              if (box.right > width + 1) found.push(name(el) + ' right ' + Math.round(box.right));
              const field = ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'HTML', 'BODY'].includes(el.tagName);
              if (!field && (style.overflowX === 'hidden' || style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'clip')
                  && el.scrollWidth > el.clientWidth + 1) {
                found.push(name(el) + ' clips ' + el.scrollWidth + ' > ' + el.clientWidth);
              }
            }
            return found.slice(0, 8);
            """;

    @LocalServerPort
    int port;

    @BeforeAll
    static void phone() {
        onAPhone();
        // links are counted, not waited for: a page without any must not cost the implicit wait
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO);
    }

    @org.junit.jupiter.api.Test
    void theCheckSeesAnElementWiderThanThePhoneAndContentClippedSideways() {
        Browser.signIn(browser, port, "mine1");
        ((JavascriptExecutor) browser).executeScript("""
                const wide = document.createElement('div');
                wide.id = 'too-wide'; wide.style.width = '480px'; wide.textContent = 'wide';
                const clip = document.createElement('div');
                clip.id = 'clipping'; clip.style.cssText = 'width: 100px; overflow: hidden; white-space: nowrap';
                clip.textContent = 'a line far longer than one hundred pixels of the phone';
                document.querySelector('main').append(wide, clip);
                """);
        var problems = new LinkedHashMap<String, List<String>>();
        check(null, problems);
        assertThat(String.join(" ", problems.values().iterator().next()))
                .contains("div#too-wide")
                .contains("div#clipping \"a line far longer")
                .contains("document scrollWidth");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "mine1, zh_CN", "mine1, en",
        "chem1, zh_CN", "chem1, en",
        "inspector, zh_CN", "inspector, en",
        "depthead, zh_CN", "depthead, en",
        "leader, zh_CN", "leader, en",
        "admin, zh_CN", "admin, en",
        "xwinspector, zh_CN", "xwinspector, en",
        "leagueduty, zh_CN", "leagueduty, en",
        "provduty, zh_CN", "provduty, en"
    })
    void everyPageOfTheRoleFitsAPhone(String user, String lang) {
        Browser.signIn(browser, port, user);
        browser.get(url("/?lang=" + lang));
        var menu = hrefs(By.cssSelector("#menu nav a"));
        assertThat(menu).as("the menu of " + user).isNotEmpty();
        var problems = new LinkedHashMap<String, List<String>>();
        // the menu itself, unfolded
        browser.findElement(By.id("menu-toggle")).click();
        check(null, problems);
        var kinds = new LinkedHashMap<String, Integer>();
        var records = new LinkedHashSet<String>();
        for (var page : menu) {
            check(page, problems);
            var done = LAID_OUT.computeIfAbsent(lang, l -> java.util.concurrent.ConcurrentHashMap.newKeySet());
            for (var link : hrefs(By.cssSelector("main a[href]"))) {
                if (!menu.contains(link)
                        && !done.contains(link)
                        && kinds.merge(kind(link), 1, Integer::sum) <= PER_KIND) {
                    records.add(link);
                    done.add(link);
                }
            }
        }
        records.forEach(page -> check(page, problems));
        assertThat(problems)
                .as(user + " in " + lang + ": pages wider than a 390 px phone")
                .isEmpty();
    }

    /** Lays out the page at the path (or the page as it is now, for null) and notes what sticks out. */
    private void check(String path, Map<String, List<String>> problems) {
        if (path != null) {
            browser.get(url(path));
        }
        @SuppressWarnings("unchecked")
        var found = (List<String>) ((JavascriptExecutor) browser).executeScript(OVERFLOW);
        if (!found.isEmpty()) {
            problems.put(path == null ? browser.getCurrentUrl() + " (menu open)" : path, new ArrayList<>(found));
        }
    }

    /** The same-origin page links the selector finds, as paths with their queries. */
    private List<String> hrefs(By selector) {
        var origin = "http://localhost:" + port;
        var links = new LinkedHashSet<String>();
        for (WebElement a : browser.findElements(selector)) {
            var href = a.getAttribute("href");
            if (href == null || !href.startsWith(origin)) {
                continue;
            }
            var uri = URI.create(href);
            var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!NOT_A_PAGE.matcher(path).find()) {
                links.add(path);
            }
        }
        return new ArrayList<>(links);
    }

    private static String kind(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/{n}");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
