package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each home card of each role states one fact that the list it opens agrees with: a card's number is the number of
 * records its link lists (the ledger's total under the same filters, the documents awaiting service, the locked
 * accounts, the missed self-inspection periods), an empty card means that list is empty, and one fact has one card.
 */
@IntegrationTest
class HomeCardsIT {

    private static final Pattern CARD = Pattern.compile(
            "<div class=\"card\" id=\"task-(\\w+)\"(?:\\s+data-list=\"([^\"]+)\")?\\s*>(.*?)</div>", Pattern.DOTALL);
    private static final Pattern COUNT = Pattern.compile("<p class=\"task-count\">\\s*<a href=\"([^\"]+)\">(\\d+)</a>");
    private static final Pattern ROW = Pattern.compile("<tr[ >]");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"mine1", "chem1", "inspector", "depthead", "leader", "admin"})
    void everyCardOfTheRoleAgreesWithTheListItOpens(String user) {
        var pages = new PageClient(port).signIn(user, "demo2026");
        var home = pages.get("/").body();
        assertThat(home).doesNotContain("即将上线");
        assertThat(home.split("<h2>生产安全事故</h2>|<h2>事故</h2>", -1).length - 1)
                .as("one accidents card at most")
                .isLessThanOrEqualTo(1);
        var cards = CARD.matcher(home);
        int seen = 0;
        while (cards.find()) {
            seen++;
            var panel = cards.group(1);
            var count = COUNT.matcher(cards.group(3));
            if (!count.find()) {
                // an empty card says its list is empty: that list must be
                if (cards.group(2) != null) {
                    var list = cards.group(2).replace("&amp;", "&");
                    assertThat(listed(user, pages, panel, list))
                            .as(user + "'s empty card " + panel + " → " + list)
                            .isZero();
                }
                continue;
            }
            var link = count.group(1).replace("&amp;", "&");
            long shown = Long.parseLong(count.group(2));
            assertThat(listed(user, pages, panel, link))
                    .as(user + "'s card " + panel + " → " + link)
                    .isEqualTo(shown);
        }
        assertThat(seen).as(user + " has cards").isPositive();
    }

    /** How many records the card's link lists, read the way a person reads that list. */
    private long listed(String user, PageClient pages, String panel, String link) {
        if (link.startsWith("/hazards?")) {
            var total = Api.at(port)
                    .as(user)
                    .get("/api/v1/hazards?size=1&" + link.substring("/hazards?".length()))
                    .json()
                    .get("total")
                    .asLong();
            // the page's own count line says the same
            assertThat(pages.get(link).body()).contains("共 " + total + " 条");
            return total;
        }
        if (link.equals("/inbox")) {
            return Api.at(port)
                    .as(user)
                    .get("/api/v1/notifications/unread-count")
                    .json()
                    .get("unread")
                    .asLong();
        }
        var body = pages.get(link).body();
        return switch (panel) {
            case "selfInspections" ->
                Pattern.compile("class=\"period missed\"")
                        .matcher(body)
                        .results()
                        .count();
            case "documentsToServe" -> rows(body, "document-table");
            case "lockedAccounts" -> rows(body, "user-table");
            case "lessonChecks", "lessons" -> rows(body, "lesson-table");
            case "campaignTasks" ->
                Pattern.compile("class=\"task\"").matcher(body).results().count();
            case "standardsCatalogue" -> rows(body, "standard-table");
            default -> throw new AssertionError("no way to count the list of " + panel + " at " + link);
        };
    }

    private static long rows(String body, String tableId) {
        int start = body.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            return 0;
        }
        var table = body.substring(start, body.indexOf("</table>", start));
        return ROW.matcher(table).results().count() - 1;
    }
}
