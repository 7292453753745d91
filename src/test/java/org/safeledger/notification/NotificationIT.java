package org.safeledger.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox over the API, each person's channels, e-mail through a real SMTP server (GreenMail), and a signed
 * webhook that fails once and is retried.
 */
@IntegrationTest
class NotificationIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    Overdue overdue;

    @BeforeEach
    void helper() {
        overdue = new Overdue(port);
    }

    @AfterEach
    void realTimeAndDefaultChannels() {
        overdue.moveClock("P0D");
        for (var user : List.of("mine1", "mine2")) {
            Api.at(port).as(user).put("/api/v1/me/notification-preferences", """
                    {"emailEnabled":false,"webhookEnabled":true,"language":"zh-CN"}""");
        }
    }

    /** A hazard of the user's mine, overdue and swept: the principal has one HAZARD_OVERDUE about it. */
    private long overdueFor(String user, String title) {
        long id = overdue.hazardDueTomorrow(user, title);
        overdue.moveClock("P3D");
        overdue.sweep();
        return id;
    }

    @Test
    void theInboxCountsUnreadMarksReadAndKeepsEachPersonsOwn() {
        long id = overdueFor("mine1", "井口照明不足");
        var mine1 = Api.at(port).as("mine1");
        long unread = mine1.get("/api/v1/notifications/unread-count")
                .json()
                .get("unread")
                .asLong();
        assertThat(unread).isPositive();
        var notification = overdue.notifications("mine1", id).get(0);
        assertThat(notification.get("title").asString()).contains("井口照明不足").contains("逾期");
        assertThat(notification.get("link").asString()).isEqualTo("/hazards/" + id);
        assertThat(notification.get("readAt").isNull()).isTrue();
        long notificationId = notification.get("id").asLong();

        // in English when asked in English
        var english = Api.at(port)
                .as("mine1")
                .inEnglish()
                .get("/api/v1/notifications?size=500")
                .json();
        assertThat(english.get("items").toString()).contains("Overdue hazard: 井口照明不足");

        // another person cannot read it, nor mark it
        assertThat(Api.at(port)
                        .as("mine2")
                        .post("/api/v1/notifications/" + notificationId + "/read", "")
                        .status())
                .isEqualTo(404);
        assertThat(overdue.notifications("mine2", id)).isEmpty();

        assertThat(mine1.post("/api/v1/notifications/" + notificationId + "/read", "")
                        .status())
                .isEqualTo(204);
        assertThat(mine1.get("/api/v1/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(unread - 1);
        assertThat(overdue.notifications("mine1", id).get(0).get("readAt").isNull())
                .isFalse();
        assertThat(mine1.get("/api/v1/notifications?unread=true&size=500").body())
                .doesNotContain("\"id\":" + notificationId + ",");

        assertThat(mine1.post("/api/v1/notifications/read-all", "").status()).isEqualTo(200);
        assertThat(mine1.get("/api/v1/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isZero();
        assertThat(Api.at(port).get("/api/v1/notifications").status()).isEqualTo(401);
    }

    @Test
    void preferencesAreValidatedNamingTheField() {
        var mine1 = Api.at(port).as("mine1");
        var noAddress = mine1.put("/api/v1/me/notification-preferences", """
                {"emailEnabled":true,"webhookEnabled":true}""");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.body()).contains("email");
        var badAddress = mine1.put("/api/v1/me/notification-preferences", """
                {"emailEnabled":true,"email":"not an address","webhookEnabled":true}""");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.body()).contains("email");
        var badLanguage = mine1.put("/api/v1/me/notification-preferences", """
                {"emailEnabled":false,"webhookEnabled":true,"language":"fr"}""");
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("language");
        // nothing was saved by the refused requests
        var saved = mine1.get("/api/v1/me/notification-preferences").json();
        assertThat(saved.get("emailEnabled").asBoolean()).isFalse();
    }

    @Test
    void aPersonWhoChoseEmailGetsItInTheirLanguage() throws Exception {
        var saved = Api.at(port).as("mine2").put("/api/v1/me/notification-preferences", """
                {"emailEnabled":true,"email":"zhao@jinsha.example","webhookEnabled":false,"language":"en"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        overdueFor("mine2", "边坡监测仪离线");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> List.of(mail.getReceivedMessages()).stream().anyMatch(m -> {
                    try {
                        return m.getSubject().contains("边坡监测仪离线");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }));
        var message = List.of(mail.getReceivedMessages()).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains("边坡监测仪离线");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(message.getSubject()).startsWith("Overdue hazard:");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("zhao@jinsha.example");
    }

    @Test
    void aWebhookReceivesSignedMessagesOfItsRegionAndAFailureIsRetried() throws Exception {
        var failedOnce = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        var received = new CopyOnWriteArrayList<String[]>();
        var server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var delivery = exchange.getRequestHeaders().getFirst("X-SafeLedger-Delivery");
            received.add(new String[] {
                exchange.getRequestHeaders().getFirst("X-SafeLedger-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-SafeLedger-Signature"),
                body,
                delivery
            });
            // the platform is down for the first call of each delivery
            exchange.sendResponseHeaders(failedOnce.add(delivery) ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            var secret = "s3cret-of-the-province-platform";
            var created = Api.at(port).as("admin").post("/api/v1/admin/webhooks", """
                    {"name":"阿左旗政务消息平台","url":"http://localhost:%d/hook","secret":"%s","regionCode":"152921"}""".formatted(
                            server.getAddress().getPort(), secret));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).doesNotContain(secret);
            long webhookId = created.json().get("id").asLong();
            try {
                long hazardId = overdueFor("mine1", "运输道路挡墙缺失");
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> received.stream()
                                        .filter(r -> r[2].contains("hazard:" + hazardId))
                                        .count()
                                >= 2);

                var delivered = received.stream()
                        .filter(r -> r[2].contains("hazard:" + hazardId))
                        .toList()
                        .get(1);
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                var expected = "sha256="
                        + HexFormat.of()
                                .formatHex(mac.doFinal(
                                        (delivered[0] + "." + delivered[2]).getBytes(StandardCharsets.UTF_8)));
                assertThat(delivered[1]).isEqualTo(expected);
                assertThat(delivered[2]).contains("\"kind\":\"HAZARD_OVERDUE\"").contains("运输道路挡墙缺失");
                // the payload names the notification in the recipient's inbox
                var notificationId = overdue.notifications("mine1", hazardId)
                        .get(0)
                        .get("id")
                        .asLong();
                assertThat(delivered[2]).contains("\"notificationId\":" + notificationId + ",");

                await().atMost(Duration.ofSeconds(10))
                        .until(() -> Api.at(port)
                                .as("admin")
                                .get("/api/v1/admin/webhooks/" + webhookId + "/deliveries")
                                .body()
                                .contains("\"status\":\"SENT\""));
                var log = Api.at(port)
                        .as("admin")
                        .get("/api/v1/admin/webhooks/" + webhookId + "/deliveries")
                        .json()
                        .get("items");
                var first = log.get(log.size() - 1);
                assertThat(first.get("attempts").asInt()).isEqualTo(2);
                assertThat(first.get("log").get(0).get("httpStatus").asInt()).isEqualTo(503);
                assertThat(first.get("log").get(1).get("success").asBoolean()).isTrue();
            } finally {
                Api.at(port).as("admin").post("/api/v1/admin/webhooks/" + webhookId + "/disable", "");
            }
        } finally {
            server.stop(0);
        }
    }

    private tools.jackson.databind.JsonNode delivery(long webhookId, long deliveryId) {
        var items = Api.at(port)
                .as("admin")
                .get("/api/v1/admin/webhooks/" + webhookId + "/deliveries?size=500")
                .json()
                .get("items");
        for (var d : items) {
            if (d.get("id").asLong() == deliveryId) {
                return d;
            }
        }
        throw new AssertionError("no delivery " + deliveryId + " in " + items);
    }

    @Test
    void onlyAdministratorsManageWebhooksAndABadOneIsRefused() {
        var body = """
                {"name":"x","url":"http://localhost:1/hook","secret":"0123456789abcdef"}""";
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/admin/webhooks", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.at(port).as("leader").get("/api/v1/admin/webhooks").status())
                .isEqualTo(403);
        var badUrl = Api.at(port).as("admin").post("/api/v1/admin/webhooks", """
                {"name":"x","url":"ftp://example.org/hook","secret":"0123456789abcdef"}""");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body()).contains("url");
        var shortSecret = Api.at(port).as("admin").post("/api/v1/admin/webhooks", """
                {"name":"x","url":"https://example.org/hook","secret":"short"}""");
        assertThat(shortSecret.status()).isEqualTo(400);
        assertThat(shortSecret.body()).contains("secret");
        var badRegion = Api.at(port).as("admin").post("/api/v1/admin/webhooks", """
                {"name":"x","url":"https://example.org/hook","secret":"0123456789abcdef","regionCode":"999999"}""");
        assertThat(badRegion.status()).isEqualTo(400);
        assertThat(badRegion.body()).contains("regionCode");
    }
}
