import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The driver of bench/failover.sh (no dependencies: {@code java bench/Failover.java BASE SECONDS WRITERS BROWSERS OUT}).
 * Writers report hazards through the API as mine1, each with an Idempotency-Key, retrying a failed request with the
 * same key until it is acknowledged (201); every acknowledged id goes to OUT. Browsers sign in once through the
 * sign-in form and then read pages with their session cookie; a page answered by a redirect to /login means the user
 * was signed out (counted, never retried by signing in again). Connection errors and 5xx while an instance dies are
 * retried. Prints what happened.
 */
public class Failover {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern ENTERPRISE = Pattern.compile("\"enterpriseId\":(\\d+)");
    static final AtomicLong WRITES = new AtomicLong();
    static final AtomicLong WRITE_RETRIES = new AtomicLong();
    static final AtomicLong PAGES = new AtomicLong();
    static final AtomicLong PAGE_RETRIES = new AtomicLong();
    static final AtomicLong SIGNED_OUT = new AtomicLong();
    static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        var base = args[0];
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
        int writers = Integer.parseInt(args[2]);
        int browsers = Integer.parseInt(args[3]);
        var out = Path.of(args[4]);
        var basic = "Basic " + Base64.getEncoder().encodeToString("mine1:demo2026".getBytes(StandardCharsets.UTF_8));
        var plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var me = send(plain, HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).header("Authorization", basic).build());
        var enterprise = ENTERPRISE.matcher(me.body());
        if (!enterprise.find()) {
            throw new IllegalStateException("no enterprise for mine1: " + me.body());
        }
        long enterpriseId = Long.parseLong(enterprise.group(1));
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < writers; w++) {
            threads.add(started(() -> write(plain, base, basic, enterpriseId, until)));
        }
        for (int b = 0; b < browsers; b++) {
            var user = List.of("leader", "leagueleader", "inspector", "depthead").get(b % 4);
            threads.add(started(() -> browse(base, user, until)));
        }
        for (var t : threads) {
            t.join();
        }
        Files.write(out, ACKNOWLEDGED);
        System.out.printf(
                "writes acknowledged: %d (retried requests: %d)%npages read: %d (retried requests: %d)%n"
                        + "signed out: %d%n",
                WRITES.get(), WRITE_RETRIES.get(), PAGES.get(), PAGE_RETRIES.get(), SIGNED_OUT.get());
    }

    static void write(HttpClient client, String base, String basic, long enterpriseId, long until) {
        while (System.nanoTime() < until) {
            var key = UUID.randomUUID().toString();
            var body = """
                    {"enterpriseId":%d,"title":"切换测试隐患 %s","description":"两实例切换测试","location":"采场",
                     "sector":"COAL_MINE","discoveredAt":"%s","source":"SELF_INSPECTION"}"""
                    .formatted(enterpriseId, key.substring(0, 8), OffsetDateTime.now().minusMinutes(1));
            var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/hazards"))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            for (int attempt = 0; ; attempt++) {
                var response = send(client, request);
                if (response != null && response.statusCode() == 201) {
                    var id = ID.matcher(response.body());
                    if (id.find()) {
                        ACKNOWLEDGED.add(id.group(1));
                    }
                    WRITES.incrementAndGet();
                    break;
                }
                if (response != null && response.statusCode() < 500 && response.statusCode() != 409) {
                    throw new IllegalStateException("refused: " + response.statusCode() + " " + response.body());
                }
                WRITE_RETRIES.incrementAndGet();
                pause(200);
                if (attempt > 600) { // two minutes: a claim left by the killed instance is taken over before
                    throw new IllegalStateException("never acknowledged: " + key);
                }
            }
        }
    }

    static void browse(String base, String user, long until) {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var login = send(client, HttpRequest.newBuilder(URI.create(base + "/login")).build());
        var csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        var form = "username=" + user + "&password=demo2026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signedIn = send(client, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + user);
        }
        var pages = List.of("/", "/hazards", "/dashboard", "/hazards?status=REPORTED", "/inbox");
        int i = 0;
        while (System.nanoTime() < until) {
            var page = pages.get(i++ % pages.size());
            var request = HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofSeconds(20)).build();
            for (int attempt = 0; ; attempt++) {
                var response = send(client, request);
                if (response != null && response.statusCode() == 200) {
                    PAGES.incrementAndGet();
                    break;
                }
                if (response != null && response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").contains("/login")) {
                    SIGNED_OUT.incrementAndGet();
                    System.out.println("signed out: " + user + " on " + page);
                    return;
                }
                PAGE_RETRIES.incrementAndGet();
                pause(200);
                if (attempt > 100) {
                    throw new IllegalStateException("page never served: " + page);
                }
            }
        }
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return null; // the instance died under the request: retried
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Thread started(Runnable work) {
        var thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
