package org.safeledger.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error under {@code /api/} is an RFC 9457 problem, also those raised before any controller (no such path,
 * wrong method or media type, oversize uploads, the security filters, Tomcat itself) and whatever the client
 * accepts; pages keep their HTML error page.
 */
@IntegrationTest
class ApiErrorBodiesIT {

    @LocalServerPort
    int port;

    private static void assertProblem(Api.Response answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asString()).isNotBlank();
    }

    @Test
    void anUnknownApiPathIsANotFoundProblemEvenForABrowser() {
        var answer = Api.at(port).as("admin").getAccepting("/api/v1/no-such-thing", "text/html");

        assertProblem(answer, 404);
        assertThat(answer.json().get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void aMethodTheApiPathDoesNotTakeIsAMethodNotAllowedProblem() {
        assertProblem(Api.at(port).as("admin").raw("DELETE", "/api/v1/me", null, null), 405);
    }

    @Test
    void aBodyOfAnUnsupportedMediaTypeIsAnUnsupportedMediaTypeProblem() {
        assertProblem(Api.at(port).as("chem1").rawPost("/api/v1/tokens", "text/plain", "name=cli"), 415);
    }

    @Test
    void anAnswerInNoAcceptableMediaTypeIsANotAcceptableProblem() {
        assertProblem(Api.at(port).as("chem1").getAccepting("/api/v1/me", "image/png"), 406);
    }

    @Test
    void watchListErrorsAreProblemsNotHtmlPages() {
        var inspector = Api.at(port).as("inspector").inEnglish();

        var invalid = inspector.getAccepting("/api/v1/watch-list?regionCode=abc", "text/html");
        assertProblem(invalid, 400);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("regionCode");
        assertProblem(inspector.getAccepting("/api/v1/watch-list?regionCode=440825", "text/html"), 403);
    }

    @Test
    void anUploadOverTheMultipartLimitIsAPayloadTooLargeProblem() {
        var answer = Api.at(port).as("mine1").upload("/api/v1/attachments", "big.pdf", new byte[61 * 1024 * 1024]);

        assertProblem(answer, 413);
    }

    @Test
    void noOrUnknownCredentialsAreAnUnauthorizedProblem() {
        assertProblem(Api.at(port).getAccepting("/api/v1/me", "text/html"), 401);
        assertProblem(Api.at(port).as("nobody-at-all", "not-a-password").get("/api/v1/me"), 401);
    }

    @Test
    void anApiCallOutsideTheRoleIsAForbiddenProblem() {
        assertProblem(Api.at(port).as("mine1").getAccepting("/api/v1/users", "text/html"), 403);
    }

    @Test
    void aPathTheFirewallRefusesIsABadRequestProblem() {
        assertProblem(Api.at(port).as("admin").get("/api/v1/me;x=1"), 400);
    }

    @Test
    void aPathTomcatRefusesIsABadRequestProblem() {
        assertProblem(Api.at(port).as("admin").get("/api/v1/hazards/%00"), 400);
        assertProblem(Api.at(port).as("admin").get("/api/v1/hazards/%ED%A0%80"), 400);
    }

    @Test
    void aMissingPageKeepsTheHtmlErrorPage() throws Exception {
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/no-such-page"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("id=\"error-message\"");
    }
}
