import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load driver for SafeLedger's HTTP API (no dependencies; run with {@code java bench/Load.java ...}).
 *
 * <pre>
 * java bench/Load.java lifecycle http://localhost:18080 basic|bearer THREADS SECONDS
 *     each thread, in a loop: report a hazard as mine1, assign, submit, accept (four requests, one lifecycle)
 * java bench/Load.java ledger http://localhost:18080 THREADS SECONDS PATH...
 *     each thread requests the paths in turn as admin
 * </pre>
 * Prints requests/s, lifecycles/s and p50/p95/p99 latency per kind of request (from every sample, no sampling).
 */
public class Load {

    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern ENTERPRISE = Pattern.compile("\"enterpriseId\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ConcurrentHashMap<String, List<Long>> SAMPLES = new ConcurrentHashMap<>();
    static final AtomicLong ERRORS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        var mode = args[0];
        var base = args[1];
        if (mode.equals("lifecycle")) {
            var auth = authorization(base, args[2], "mine1");
            int threads = Integer.parseInt(args[3]);
            var seconds = Duration.ofSeconds(Long.parseLong(args[4]));
            long enterprise = Long.parseLong(find(ENTERPRISE, get(base + "/api/v1/me", auth, "me")));
            var lifecycles = new AtomicLong();
            run(threads, seconds, () -> {
                lifecycle(base, auth, enterprise);
                lifecycles.incrementAndGet();
            });
            report(seconds, lifecycles.get(), "lifecycles");
        } else {
            var auth = authorization(base, "basic", "admin");
            int threads = Integer.parseInt(args[2]);
            var seconds = Duration.ofSeconds(Long.parseLong(args[3]));
            var paths = Arrays.copyOfRange(args, 4, args.length);
            var next = new AtomicLong();
            run(threads, seconds, () -> {
                var path = paths[(int) (next.getAndIncrement() % paths.length)];
                get(base + path, auth, path);
            });
            report(seconds, 0, null);
        }
    }

    static void lifecycle(String base, String auth, long enterprise) {
        var report = """
                {"enterpriseId":%d,"title":"基准测试隐患","description":"负载测试","location":"测试区",
                 "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}"""
                .formatted(enterprise, OffsetDateTime.now().minusMinutes(5));
        var id = find(ID, post(base + "/api/v1/hazards", auth, report, "1 report"));
        var steps = base + "/api/v1/hazards/" + id + "/actions/";
        post(steps + "assign", auth, """
                {"version":0,"plan":"整改","responsiblePerson":"王工","deadline":"%s"}"""
                .formatted(LocalDate.now().plusDays(10)), "2 assign");
        post(steps + "submit", auth, "{\"version\":1,\"evidence\":\"已整改\"}", "3 submit");
        post(steps + "accept", auth, "{\"version\":2,\"opinion\":\"同意销号\"}", "4 accept");
    }

    static String authorization(String base, String kind, String user) {
        var basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo2026").getBytes(StandardCharsets.UTF_8));
        if (kind.equals("basic")) {
            return basic;
        }
        var issued = post(base + "/api/v1/tokens", basic, "{\"name\":\"bench\",\"expiresInDays\":1}", "token");
        return "Bearer " + find(TOKEN, issued);
    }

    static void run(int threads, Duration duration, Runnable work) throws InterruptedException {
        var warmUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var workers = new ArrayList<Thread>();
        for (int i = 0; i < threads; i++) {
            workers.add(new Thread(() -> {
                while (System.nanoTime() < warmUntil) {
                    work.run();
                }
            }));
        }
        workers.forEach(Thread::start);
        for (var w : workers) {
            w.join();
        }
        SAMPLES.clear();
        ERRORS.set(0);
        var until = System.nanoTime() + duration.toNanos();
        workers.clear();
        for (int i = 0; i < threads; i++) {
            workers.add(new Thread(() -> {
                while (System.nanoTime() < until) {
                    work.run();
                }
            }));
        }
        workers.forEach(Thread::start);
        for (var w : workers) {
            w.join();
        }
    }

    static String get(String url, String auth, String kind) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build(), kind);
    }

    static String post(String url, String auth, String json, String kind) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), kind);
    }

    static String send(HttpRequest request, String kind) {
        long start = System.nanoTime();
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long micros = (System.nanoTime() - start) / 1000;
            SAMPLES.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
            if (response.statusCode() >= 300) {
                ERRORS.incrementAndGet();
                throw new IllegalStateException(kind + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String find(Pattern pattern, String body) {
        var m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    static void report(Duration duration, long units, String unitName) {
        long total = SAMPLES.values().stream().mapToLong(List::size).sum();
        System.out.printf("requests/s: %.0f   errors: %d%n", total / (double) duration.toSeconds(), ERRORS.get());
        if (unitName != null) {
            System.out.printf("%s/s: %.0f%n", unitName, units / (double) duration.toSeconds());
        }
        SAMPLES.keySet().stream().sorted().forEach(kind -> {
            var values = SAMPLES.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-60s n=%7d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms%n", kind, values.length,
                    pct(values, 50), pct(values, 95), pct(values, 99));
        });
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
