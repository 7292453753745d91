package org.safeledger.notification;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due e-mail and webhook deliveries, on one instance at a time (ShedLock). A failure is logged as an
 * attempt and retried after a wait that doubles each time (Spring's {@link ExponentialBackOff}, from
 * {@code first-retry} up to {@code max-retry}); after {@code max-attempts} the delivery is marked FAILED.
 *
 * <p>Webhook requests are {@code POST}s of JSON with {@code X-SafeLedger-Timestamp} (Unix seconds) and
 * {@code X-SafeLedger-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body" with the webhook's secret>}; a
 * receiver recomputes it and rejects old timestamps, which defeats forgery and replay. Any 2xx answer counts.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 20;
    private static final java.time.Duration RUN_LIMIT = java.time.Duration.ofMinutes(3);

    private final Deliveries deliveries;
    private final NotificationTexts texts;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> mail;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final TransactionTemplate transactions;

    DeliveryDispatcher(
            Deliveries deliveries,
            NotificationTexts texts,
            NotificationProperties properties,
            ObjectProvider<JavaMailSender> mail,
            JsonMapper json,
            TransactionTemplate transactions,
            Clock clock) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.texts = texts;
        this.properties = properties;
        this.mail = mail;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(fixedDelayString = "${safeledger.notification.dispatch-interval:PT5S}")
    @SchedulerLock(name = "notification-delivery", lockAtMostFor = "PT10M")
    public void dispatch() {
        // a run stops taking new batches after a few minutes, well inside its lock (lockAtMostFor), so that two
        // instances never send at once; claimed deliveries are leased besides
        var until = System.nanoTime() + RUN_LIMIT.toNanos();
        int sent;
        do {
            sent = dispatchDue();
        } while (sent == BATCH && System.nanoTime() < until);
    }

    /** Sends one batch of due deliveries; how many were attempted. */
    int dispatchDue() {
        var lease = properties.webhookTimeout().multipliedBy(BATCH + 1);
        var due = transactions.execute(tx -> deliveries.claimDue(clock.instant(), BATCH, lease));
        for (var d : due) {
            Outcome outcome;
            try {
                outcome = switch (d.channel()) {
                    case EMAIL -> email(d);
                    case WEBHOOK -> webhook(d);
                };
            } catch (RuntimeException e) {
                outcome = new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            record(d, outcome);
        }
        return due.size();
    }

    private void record(Deliveries.Due d, Outcome outcome) {
        var now = clock.instant();
        Delivery.Status status;
        Instant next = now;
        if (outcome.success()) {
            status = Delivery.Status.SENT;
        } else if (d.attempts() + 1 >= properties.maxAttempts()) {
            status = Delivery.Status.FAILED;
            log.warn(
                    "delivery {} ({}) given up after {} attempts: {}",
                    d.id(),
                    d.channel(),
                    d.attempts() + 1,
                    outcome.error());
        } else {
            status = Delivery.Status.PENDING;
            next = now.plusMillis(waitAfter(d.attempts() + 1));
        }
        var nextAttempt = next;
        // the attempt and the delivery's new state together, or neither
        transactions.executeWithoutResult(tx -> deliveries.attempted(
                d.id(), now, outcome.success(), outcome.httpStatus(), outcome.error(), status, nextAttempt));
    }

    /** The wait after the n-th failed attempt: first-retry, doubled each time, at most max-retry. */
    long waitAfter(int failures) {
        var backOff = new ExponentialBackOff(properties.firstRetry().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxRetry().toMillis());
        BackOffExecution execution = backOff.start();
        long wait = 0;
        for (int i = 0; i < failures; i++) {
            wait = execution.nextBackOff();
        }
        return wait;
    }

    private Outcome email(Deliveries.Due d) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return new Outcome(false, null, "mail is not configured (spring.mail.host)");
        }
        var text = texts.render(d.notification(), NotificationTexts.locale(d.language()));
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(d.target());
            helper.setSubject(text.title());
            helper.setText(text.body() + "\n\n" + link(d.notification().link()));
            sender.send(message);
            return new Outcome(true, null, null);
        } catch (MessagingException | MailException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Outcome webhook(Deliveries.Due d) {
        var n = d.notification();
        var text = texts.render(n, NotificationTexts.locale(d.language()));
        var payload = new LinkedHashMap<String, Object>();
        payload.put("deliveryId", d.id());
        payload.put("notificationId", n.id());
        payload.put("kind", n.kind().name());
        payload.put("subject", n.subject());
        payload.put("title", text.title());
        payload.put("body", text.body());
        payload.put("link", link(n.link()));
        payload.put("recipient", java.util.Map.of("username", d.username(), "displayName", d.displayName()));
        payload.put("createdAt", n.createdAt().toString());
        var body = json.writeValueAsString(payload);
        long timestamp = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(d.target()))
                .timeout(properties.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "SafeLedger-Webhook/1")
                .header("X-SafeLedger-Event", n.kind().name())
                .header("X-SafeLedger-Delivery", Long.toString(d.id()))
                .header("X-SafeLedger-Timestamp", Long.toString(timestamp))
                .header("X-SafeLedger-Signature", "sha256=" + sign(d.secret(), timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() / 100 == 2;
            return new Outcome(ok, response.statusCode(), ok ? null : "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        }
    }

    /** HMAC-SHA256 of the text with the secret, in lower-case hex. */
    static String sign(@Nullable String secret, String text) {
        if (secret == null) {
            throw new IllegalStateException("webhook delivery without a secret");
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String link(String path) {
        return properties.publicUrl().resolve(path).toString();
    }

    private record Outcome(
            boolean success,
            @Nullable Integer httpStatus,
            @Nullable String error) {}
}
