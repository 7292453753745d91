package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.safeledger.support.Browser;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard from the pages alone: the league's leader opens it from the home page, reads the league's map with
 * the banner coloured (its figures on hover), goes down to the banner, reads its figures and trend (the chart drawn,
 * the table beside it), follows a figure to the ledger and finds there the same count; last month's report downloads
 * as a PDF whose text holds the Chinese title and as a workbook, and downloads again with the same SHA-256. In Chinese
 * on a phone and in English on a desktop.
 */
@IntegrationTest
class DashboardBrowserIT extends org.safeledger.support.BrowserTest {

    @LocalServerPort
    int port;

    /** Fetches a link in the page's session: status, content type, X-Report-SHA256, the body's own SHA-256, base64. */
    @SuppressWarnings("unchecked")
    private static List<String> fetch(String href) {
        return (List<String>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => { const b = await r.arrayBuffer();"
                        + " const d = await crypto.subtle.digest('SHA-256', b);"
                        + " const hex = Array.from(new Uint8Array(d)).map(x => x.toString(16).padStart(2, '0')).join('');"
                        + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done([String(r.status), r.headers.get('content-type'), r.headers.get('X-Report-SHA256'), hex, btoa(s)]); })"
                        + ".catch(e => done(['failed ' + e]));",
                href);
    }

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource({"zh_CN, 390, 844", "en, 1280, 900"})
    void theLeaderReadsTheMapGoesDownToTheBannerAndFindsEachFigureInTheLedger(String lang, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        var en = lang.equals("en");
        Browser.signIn(browser, port, "leagueleader", lang);
        Browser.press(browser, browser.findElement(By.id("home-dashboard")));
        Browser.waitForHeading(browser, en ? "Dashboard: 阿拉善盟" : "统计看板：阿拉善盟");

        var banner = browser.findElement(By.id("region-152921"));
        assertThat(banner.getAttribute("data-colour")).isIn("RED", "ORANGE", "YELLOW");
        assertThat(banner.getAttribute("title")).startsWith("阿拉善左旗").contains(en ? "overdue" : "逾期");
        assertThat(browser.findElement(By.id("region-152923")).getAttribute("data-colour"))
                .isEqualTo("BLUE");
        Browser.press(browser, banner);
        Browser.waitForHeading(browser, en ? "Dashboard: 阿拉善左旗" : "统计看板：阿拉善左旗");
        assertThat(browser.findElement(By.id("dashboard-path")).getText()).contains("阿拉善盟");

        // the trend: the chart drawn by ECharts, the same figures in the table beside it
        Browser.waitFor(
                browser,
                d -> !d.findElements(By.cssSelector("#trend-chart svg")).isEmpty());
        var months = browser.findElements(By.cssSelector("#trend-table tbody tr"));
        assertThat(months).isNotEmpty();
        long trendFound = months.stream()
                .mapToLong(r ->
                        Long.parseLong(r.findElements(By.tagName("td")).get(1).getText()))
                .sum();

        var found = browser.findElement(By.id("stat-found"));
        long figure = Long.parseLong(found.findElement(By.tagName("strong")).getText());
        assertThat(figure).isPositive().isEqualTo(trendFound);
        Browser.press(browser, found);
        Browser.waitFor(browser, d -> !d.findElements(By.id("ledger-total")).isEmpty());
        assertThat(Long.parseLong(browser.findElement(By.id("ledger-total")).getAttribute("data-total")))
                .isEqualTo(figure);
        browser.navigate().back();

        Browser.waitForHeading(browser, en ? "Dashboard: 阿拉善左旗" : "统计看板：阿拉善左旗");
        var closed = browser.findElement(By.id("stat-closed"));
        long closedFigure =
                Long.parseLong(closed.findElement(By.tagName("strong")).getText());
        Browser.press(browser, closed);
        Browser.waitFor(browser, d -> !d.findElements(By.id("ledger-total")).isEmpty());
        assertThat(Long.parseLong(browser.findElement(By.id("ledger-total")).getAttribute("data-total")))
                .isEqualTo(closedFigure);
        browser.navigate().back();

        // last month's report: a PDF with its Chinese text, a workbook, the same bytes again
        Browser.waitForHeading(browser, en ? "Dashboard: 阿拉善左旗" : "统计看板：阿拉善左旗");
        var row = browser.findElements(By.cssSelector("#monthly-reports tbody tr"))
                .get(0);
        var pdfLink = row.findElement(By.cssSelector("a.report-pdf")).getAttribute("href");
        var first = fetch(pdfLink);
        assertThat(first.get(0)).as(first.toString()).isEqualTo("200");
        assertThat(first.get(1)).startsWith("application/pdf");
        assertThat(first.get(2)).isEqualTo(first.get(3));
        try (var pdf = Loader.loadPDF(Base64.getDecoder().decode(first.get(4)))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("阿拉善左旗").contains(en ? "monthly report" : "安全生产监管月报");
        }
        var again = fetch(pdfLink);
        assertThat(again.get(2)).isEqualTo(first.get(2));
        assertThat(again.get(3)).isEqualTo(first.get(3));
        var xlsx = fetch(row.findElement(By.cssSelector("a.report-xlsx")).getAttribute("href"));
        assertThat(xlsx.get(0)).isEqualTo("200");
        assertThat(xlsx.get(1)).startsWith("application/vnd.openxmlformats");
        browser.navigate().refresh();
        Browser.waitForHeading(browser, en ? "Dashboard: 阿拉善左旗" : "统计看板：阿拉善左旗");
        assertThat(browser.findElements(By.cssSelector("#monthly-reports tbody tr"))
                        .get(0)
                        .getText())
                .doesNotContain(en ? "Not issued yet" : "尚未签发");
        Browser.keepEvidence(browser, "dashboard-" + lang);
    }
}
