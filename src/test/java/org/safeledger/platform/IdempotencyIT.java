package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.CreditCodes;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A retried creation with the same Idempotency-Key creates once and answers the same. */
@IntegrationTest
class IdempotencyIT {

    @LocalServerPort
    int port;

    private String enterprise(String creditCode) {
        return """
                {"name":"幂等测试（测试）","creditCode":"%s","regionCode":"152921","sector":"TOWN_GAS","address":"x"}""".formatted(creditCode);
    }

    private long countWithCode(String creditCode) {
        return Api.at(port)
                .as("admin")
                .get("/api/v1/enterprises?q=" + creditCode)
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingMore() {
        var code = CreditCodes.fresh("152921");
        var key = UUID.randomUUID().toString();

        var first = Api.at(port).as("admin").postWithKey("/api/v1/enterprises", enterprise(code), key);
        var retry = Api.at(port).as("admin").postWithKey("/api/v1/enterprises", enterprise(code), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(countWithCode(code)).isEqualTo(1);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        var key = UUID.randomUUID().toString();
        Api.at(port).as("admin").postWithKey("/api/v1/enterprises", enterprise(CreditCodes.fresh("152921")), key);

        var other = Api.at(port)
                .as("admin")
                .postWithKey("/api/v1/enterprises", enterprise(CreditCodes.fresh("152921")), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRetriesOfAHazardReportCreateOnceAndAnswerTheSame() {
        var title = "幂等并发" + UUID.randomUUID().toString().substring(0, 6);
        long mine1 = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var body = """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"l","sector":"COAL_MINE",
                 "discoveredAt":"2026-01-01T08:00:00+08:00","source":"SELF_INSPECTION"}""".formatted(mine1, title);
        var key = UUID.randomUUID().toString();
        var api = Api.at(port).as("mine1");
        var attempts = new ArrayList<CompletableFuture<Api.Response>>();
        for (int i = 0; i < 6; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> api.postWithKey("/api/v1/hazards", body, key)));
        }

        var answers = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allMatch(r -> r.status() == 201 || r.status() == 409);
        assertThat(answers.stream()
                        .filter(r -> r.status() == 201)
                        .map(r -> r.json().get("id").asLong())
                        .distinct())
                .hasSize(1);
        var q = java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.get("/api/v1/hazards?q=" + q).json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void tokensAreNeverReplayedSoTheirSecretIsNeverKept() {
        var key = UUID.randomUUID().toString();
        var first = Api.at(port).as("mine1").postWithKey("/api/v1/tokens", "{\"name\":\"k\",\"expiresInDays\":1}", key);
        var second =
                Api.at(port).as("mine1").postWithKey("/api/v1/tokens", "{\"name\":\"k\",\"expiresInDays\":1}", key);

        assertThat(second.json().get("id").asLong())
                .isNotEqualTo(first.json().get("id").asLong());
    }

    @Test
    void concurrentRetriesCreateOnce() {
        var code = CreditCodes.fresh("152921");
        var key = UUID.randomUUID().toString();
        var api = Api.at(port).as("admin");
        var attempts = new ArrayList<CompletableFuture<Api.Response>>();
        for (int i = 0; i < 6; i++) {
            attempts.add(
                    CompletableFuture.supplyAsync(() -> api.postWithKey("/api/v1/enterprises", enterprise(code), key)));
        }

        var statuses = attempts.stream()
                .map(CompletableFuture::join)
                .map(Api.Response::status)
                .toList();

        assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        assertThat(countWithCode(code)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCallerSoAnotherUserIsNotAnsweredWithSomeoneElsesResult() {
        var key = UUID.randomUUID().toString();
        var code = CreditCodes.fresh("152921");
        assertThat(Api.at(port)
                        .as("admin")
                        .postWithKey("/api/v1/enterprises", enterprise(code), key)
                        .status())
                .isEqualTo(201);

        var byInspector = Api.at(port).as("inspector").postWithKey("/api/v1/enterprises", enterprise(code), key);

        assertThat(byInspector.status()).isEqualTo(403);
    }
}
