package org.safeledger.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a document's issue, recorded by its issuing department: the recipient's acknowledgement (送达: the
 * signature, or the refusal to sign with a note) and, for a penalty decision with a fine, its payment.
 */
@Service
public class DocumentFollowUp {

    private final EnforcementDocuments documents;
    private final EnforcementStore store;
    private final AttachmentStore attachments;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    DocumentFollowUp(
            EnforcementDocuments documents,
            EnforcementStore store,
            AttachmentStore attachments,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.documents = documents;
        this.store = store;
        this.attachments = attachments;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The recipient's acknowledgement, recorded by the inspector: the signature (an image the inspector uploaded),
     * or the refusal to sign with a note (送达: a refusal is recorded, the document stands).
     */
    @Transactional
    public EnforcementDocument acknowledge(
            Actor actor,
            long id,
            @Nullable Long signatureAttachmentId,
            boolean refused,
            @Nullable String note,
            @Nullable String name) {
        if (name != null && name.strip().length() > 50) {
            throw new InvalidInputException("name", "error.enforcement.ackNameLong");
        }
        actor.require(Permission.ENFORCEMENT_ISSUE);
        var document = documents.get(actor, id);
        EnforcementDocuments.requireIssuer(actor, document);
        if (refused == (signatureAttachmentId != null)) {
            throw new InvalidInputException("signatureAttachmentId", "error.enforcement.signatureOrRefusal");
        }
        if (refused && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "error.enforcement.refusalNote");
        }
        if (signatureAttachmentId != null) {
            var signature = attachments.requireOwn(actor, "signatureAttachmentId", List.of(signatureAttachmentId));
            if (!signature.get(0).contentType().startsWith("image/")) {
                throw new InvalidInputException("signatureAttachmentId", "error.enforcement.signatureImage");
            }
        }
        store.lock(id); // a second recording waits here, then finds the first
        var acknowledged = documents
                .get(actor, id)
                .acknowledged(
                        refused,
                        clock.instant(),
                        signatureAttachmentId,
                        note == null ? null : note.strip(),
                        name == null || name.isBlank() ? null : name.strip());
        store.acknowledge(acknowledged, actor.userId());
        events.publishEvent(Audited.by(
                actor,
                "enforcement.acknowledge",
                "enforcement-document:" + id,
                Map.of("refused", refused, "note", note == null ? "" : note)));
        return documents.get(actor, id);
    }

    /** A penalty decision's fine paid on the day (recorded once). */
    @Transactional
    public EnforcementDocument pay(Actor actor, long id, @Nullable String paidOn) {
        actor.require(Permission.ENFORCEMENT_ISSUE);
        var document = documents.get(actor, id);
        EnforcementDocuments.requireIssuer(actor, document);
        document.refusal(DocumentAction.PAY).ifPresent(refused -> {
            throw refused;
        });
        var on = InputValues.date("paidOn", EnforcementDocuments.required("paidOn", paidOn));
        if (on.isAfter(LocalDate.now(clock.withZone(properties.zone())))) {
            throw new InvalidInputException("paidOn", "error.enforcement.paidFuture");
        }
        store.lock(id);
        store.paid(documents.get(actor, id).paid(on));
        events.publishEvent(
                Audited.by(actor, "enforcement.paid", "enforcement-document:" + id, Map.of("paidOn", on.toString())));
        return documents.get(actor, id);
    }
}
