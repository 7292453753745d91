package org.safeledger.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code safeledger.notification.*}). E-mail itself is Spring Boot's {@code spring.mail.*}:
 * without {@code spring.mail.host} no e-mail is sent.
 *
 * @param mailFrom the sender of notification e-mail
 * @param publicUrl this installation's address, for links in e-mail and webhook messages
 * @param dispatchInterval how often due deliveries are sent
 * @param maxAttempts attempts per delivery before it is given up (marked FAILED)
 * @param firstRetry the wait after the first failure; doubled after each further one
 * @param maxRetry the longest wait between attempts
 * @param webhookTimeout connect and response timeout of a webhook call
 */
@ConfigurationProperties("safeledger.notification")
public record NotificationProperties(
        @DefaultValue("safeledger@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("PT5S") Duration dispatchInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetry,
        @DefaultValue("PT10S") Duration webhookTimeout) {}
