package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeledger.SafeLedgerApplication;
import org.safeledger.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every write operation of the API, as the OpenAPI description lists it at test time (so a new endpoint is scanned
 * without touching this test), meets bad input — nulls inside arrays, wrong JSON types, floats for integers, huge
 * values, empty and malformed bodies, NUL bytes and lone surrogates, path variables that are not numbers — as
 * users of each kind, and never answers 5xx; every error it answers is {@code application/problem+json}.
 *
 * <p>The rest of each request is as real as the demo allows (its enterprises, departments, hazards, the first
 * record of each collection as path id), so that the spoiled part gets past the first checks. Since a spoiled
 * request may still succeed, the scan runs on an application of its own, with a throw-away database.
 */
class BadInputScanIT {

    private static final List<String> USERS = List.of("admin", "inspector", "mine1");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dataDir;

    @Test
    void noBadInputToAnyWriteEndpointGetsA5xxOrAnErrorThatIsNotAProblem() {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "needs a database of its own");
        try (var context = start()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var spec = Api.at(port).as("admin").get("/v3/api-docs");
            assertThat(spec.status()).as(spec.body()).isEqualTo(200);
            var endpoints = new WriteEndpoints(spec.json(), known(port));
            var operations = endpoints.operations();
            assertThat(operations).hasSizeGreaterThan(40);
            assertThat(described(operations))
                    .as("every write mapping under /api is described, hence scanned")
                    .containsAll(writeMappings(context));
            var samples = new PathSamples(port);
            var failures = new ArrayList<String>();
            int sent = 0;
            // one client per user for the whole scan: a client per request leaves its sockets to the collector
            var clients = new HashMap<String, Api>();
            USERS.forEach(user -> clients.put(user, Api.at(port).as(user)));
            for (var described : operations) {
                var operation = described.withSamples(samples.of(described));
                for (var probe : BadRequests.of(endpoints, operation)) {
                    for (var user : probe.heavy() ? USERS.subList(0, 1) : USERS) {
                        Api.Response answer;
                        try {
                            answer = clients.get(user)
                                    .raw(
                                            probe.method().toUpperCase(Locale.ROOT),
                                            probe.path(),
                                            probe.contentType(),
                                            probe.body());
                        } catch (java.io.UncheckedIOException broken) {
                            failures.add("%s as %s with %s -> connection broken: %s"
                                    .formatted(operation, user, probe.what(), broken.getMessage()));
                            continue;
                        }
                        sent++;
                        var notProblem =
                                answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json");
                        if (answer.status() >= 500 || notProblem) {
                            failures.add("%s as %s with %s -> %d %s %s"
                                    .formatted(
                                            operation,
                                            user,
                                            probe.what(),
                                            answer.status(),
                                            answer.contentType(),
                                            abbreviate(answer.body())));
                        }
                    }
                }
            }
            assertThat(sent).isGreaterThan(7_000);
            assertThat(failures)
                    .as("%d of %d bad requests failed:%n%s", failures.size(), sent, String.join("\n", failures))
                    .isEmpty();
        }
    }

    /** Every API mapping is on a {@code @RestController}, whose errors the API's advice answers as problems. */
    @Test
    void everyApiMappingIsOnARestController() {
        assumeTrue(!StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")), "needs a database of its own");
        try (var context = start()) {
            var offenders = new TreeSet<String>();
            mappings(context).getHandlerMethods().forEach((info, handler) -> {
                if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))
                        && !handler.getBeanType().isAnnotationPresent(RestController.class)) {
                    offenders.add(handler.getBeanType().getSimpleName() + " " + info.getPatternValues());
                }
            });
            assertThat(offenders).isEmpty();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SafeLedgerApplication.class)
                .profiles("test")
                .run("--server.port=0", "--safeledger.data-dir=" + dataDir, "--logging.file.name=");
    }

    /** Real values for the fields that name the demo's records, so that requests get past "unknown enterprise". */
    private static Map<String, JsonNode> known(int port) {
        var known = new HashMap<String, JsonNode>();
        var mine = Api.at(port).as("mine1").get("/api/v1/me").json();
        var inspector = Api.at(port).as("inspector").get("/api/v1/me").json();
        known.put("enterpriseId", mine.get("enterpriseId"));
        known.put("enterpriseIds", NODES.arrayNode().add(mine.get("enterpriseId")));
        known.put("departmentId", inspector.get("departmentId"));
        known.put("regionCode", NODES.stringNode("152921"));
        known.put("targetRegionCode", NODES.stringNode("152921"));
        known.put(
                "deadline",
                NODES.stringNode(java.time.LocalDate.now().plusDays(10).toString()));
        known.put("POST /api/v1/enforcement-documents#type", NODES.stringNode("RECTIFICATION_ORDER"));
        var hazards = Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards?size=1")
                .json()
                .path("items");
        if (hazards.size() > 0) {
            known.put("hazardId", hazards.get(0).get("id"));
            known.put("hazardIds", NODES.arrayNode().add(hazards.get(0).get("id")));
        }
        return known;
    }

    private static RequestMappingHandlerMapping mappings(ConfigurableApplicationContext context) {
        return context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    }

    private static Set<String> writeMappings(ConfigurableApplicationContext context) {
        var writes = new TreeSet<String>();
        mappings(context).getHandlerMethods().forEach((info, handler) -> {
            for (var method : info.getMethodsCondition().getMethods()) {
                if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(method.name())) {
                    continue;
                }
                for (var pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        writes.add(method.name() + " " + pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
                    }
                }
            }
        });
        return writes;
    }

    private static Set<String> described(List<WriteEndpoints.Operation> operations) {
        var described = new TreeSet<String>();
        operations.forEach(o -> described.add(o.toString()));
        return described;
    }

    private static String abbreviate(String body) {
        var oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
