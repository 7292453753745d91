package org.safeledger.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.safeledger.identity.Recipients.Recipient;
import org.safeledger.shared.RegionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts a message in each recipient's inbox and queues it on the channels the recipient chose: e-mail (when this
 * installation sends mail) and the webhooks whose region holds the subject's. Runs in the caller's transaction,
 * so a rolled-back change notifies nobody; the deliveries go out afterwards ({@link DeliveryDispatcher}).
 */
@Component
public class Notifier {

    private final Notifications notifications;
    private final Deliveries deliveries;
    private final ObjectProvider<JavaMailSender> mail;

    Notifier(Notifications notifications, Deliveries deliveries, ObjectProvider<JavaMailSender> mail) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.mail = mail;
    }

    public void send(
            List<Recipient> recipients,
            NotificationKind kind,
            String subject,
            String link,
            List<String> args,
            RegionCode region,
            Instant at) {
        if (recipients.isEmpty()) {
            return;
        }
        var distinct = new LinkedHashMap<Long, Recipient>();
        recipients.forEach(r -> distinct.putIfAbsent(r.userId(), r));
        var preferences = notifications.preferences(distinct.keySet());
        boolean mailConfigured = mail.getIfAvailable() != null;
        var webhooks = deliveries.enabledWebhooks().stream()
                .filter(w -> w.regionCode() == null || new RegionCode(w.regionCode()).contains(region))
                .toList();
        for (var recipient : distinct.values()) {
            long id = notifications.insert(recipient.userId(), kind, subject, link, args, at);
            var channels = preferences.getOrDefault(recipient.userId(), ChannelPreferences.defaults());
            if (mailConfigured && channels.emailEnabled() && channels.email() != null) {
                deliveries.insert(id, Delivery.Channel.EMAIL, null, channels.email(), at);
            }
            if (channels.webhookEnabled()) {
                for (var webhook : webhooks) {
                    deliveries.insert(id, Delivery.Channel.WEBHOOK, webhook.id(), webhook.url(), at);
                }
            }
        }
    }
}
