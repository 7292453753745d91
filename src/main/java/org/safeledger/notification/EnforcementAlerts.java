package org.safeledger.notification;

import java.util.List;
import org.safeledger.enforcement.DocumentIssued;
import org.safeledger.identity.Recipients;
import org.safeledger.shared.RegionCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An enforcement document issued to an enterprise is news for every account of the enterprise (送达 follows). */
@Component
class EnforcementAlerts {

    private final Recipients recipients;
    private final Notifier notifier;

    EnforcementAlerts(Recipients recipients, Notifier notifier) {
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @EventListener
    void on(DocumentIssued e) {
        notifier.send(
                recipients.enterpriseAccounts(e.enterpriseId()),
                NotificationKind.DOCUMENT_ISSUED,
                "enforcement-document:" + e.documentId(),
                "/enforcement/" + e.documentId(),
                List.of(e.number(), e.departmentName(), e.enterpriseName()),
                new RegionCode(e.regionCode()),
                e.at());
    }
}
