package org.safeledger.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.hazard.LedgerEntry;
import org.safeledger.inspection.Checklists;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing enforcement documents: checked against the law's order (a review only of an order or decision of the same
 * enterprise, once), numbered gap-free per authority, year and type, the hazards they order remembered for the
 * repeat rule, a failed review escalated; acknowledgement, payment, PDF.
 */
@Service
public class EnforcementDocuments {

    private static final Map<DocumentType, String> DEFAULT_BASIS = Map.of(
            DocumentType.INSPECTION_RECORD, "《中华人民共和国安全生产法》第六十五条",
            DocumentType.RECTIFICATION_ORDER, "《中华人民共和国安全生产法》第六十五条第一款第（三）项、第一百零二条",
            DocumentType.ON_SITE_MEASURES, "《中华人民共和国安全生产法》第六十五条第一款第（二）项、第（三）项",
            DocumentType.REVIEW_OPINION, "《中华人民共和国安全生产法》第六十五条",
            DocumentType.PENALTY_DECISION, "《中华人民共和国安全生产法》");

    private final EnforcementStore store;
    private final HazardLedger hazards;
    private final Checklists checklists;
    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final AttachmentStore attachments;
    private final DocumentPdf pdf;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final EnforcementOfficers officers;
    private final Penalties penalties;

    EnforcementDocuments(
            EnforcementStore store,
            HazardLedger hazards,
            Checklists checklists,
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            AttachmentStore attachments,
            DocumentPdf pdf,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock,
            EnforcementOfficers officers,
            Penalties penalties) {
        this.penalties = penalties;
        this.officers = officers;
        this.store = store;
        this.hazards = hazards;
        this.checklists = checklists;
        this.enterprises = enterprises;
        this.departments = departments;
        this.attachments = attachments;
        this.pdf = pdf;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public EnforcementDocument issue(Actor actor, IssueRequest request) {
        actor.require(Permission.ENFORCEMENT_ISSUE);
        var departmentId = actor.departmentId();
        if (departmentId == null) {
            throw new InvalidInputException("departmentId", "error.inspection.noDepartment");
        }
        var signing = officers.signing(actor, departmentId, request.secondOfficerId());
        var type = InputValues.code(DocumentType.class, "type", required("type", request.type()));
        if (request.enterpriseId() == null) {
            throw new InvalidInputException("enterpriseId", "error.field.required");
        }
        var enterprise = enterprises
                .find(actor, request.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
        var today = LocalDate.now(clock.withZone(properties.zone()));

        EnforcementDocument reviewed = null;
        Boolean passed = null;
        var hazardIds = request.hazardIds() == null
                ? new ArrayList<Long>()
                : new ArrayList<>(request.hazardIds().stream().distinct().toList());
        if (type == DocumentType.REVIEW_OPINION) {
            if (request.reviewsDocumentId() == null) {
                throw new InvalidInputException("reviewsDocumentId", "error.enforcement.reviewNeedsOrder");
            }
            reviewed = store.find(request.reviewsDocumentId(), actor.scope())
                    .orElseThrow(() -> new InvalidInputException(
                            "reviewsDocumentId", "error.enforcement.documentUnknown", request.reviewsDocumentId()));
            store.lock(reviewed.id()); // concurrent reviews of one order wait here, the second finds the first
            reviewed = store.find(reviewed.id(), actor.scope()).orElseThrow();
            if (request.reviewPassed() == null) {
                reviewed.requireReview(enterprise.id(), departmentId, true, today);
                throw new InvalidInputException("reviewPassed", "error.field.required");
            }
            passed = request.reviewPassed();
            reviewed.requireReview(enterprise.id(), departmentId, passed, today);
            if (hazardIds.isEmpty()) {
                hazardIds.addAll(reviewed.hazardIds());
            }
            // one review per order, of the whole order: its hazards, no others and none left out
            for (var hazardId : hazardIds) {
                if (!reviewed.hazardIds().contains(hazardId)) {
                    throw new InvalidInputException(
                            "hazardIds", "error.enforcement.reviewHazardNotOrdered", hazardId, reviewed.number());
                }
            }
            if (!new java.util.HashSet<>(hazardIds).containsAll(reviewed.hazardIds())) {
                throw new InvalidInputException("hazardIds", "error.enforcement.reviewWholeOrder", reviewed.number());
            }
        } else if (request.reviewsDocumentId() != null || request.reviewPassed() != null) {
            throw new InvalidInputException("reviewsDocumentId", "error.enforcement.onlyReviewsReview");
        }

        var entries = new ArrayList<LedgerEntry>();
        for (var hazardId : hazardIds) {
            LedgerEntry entry;
            try {
                entry = hazards.get(actor, hazardId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("hazardIds", "error.enforcement.hazardUnknown", hazardId);
            }
            if (entry.hazard().enterpriseId() != enterprise.id()) {
                throw new InvalidInputException("hazardIds", "error.enforcement.hazardOfOther", hazardId);
            }
            if (type == DocumentType.RECTIFICATION_ORDER && entry.hazard().status() == HazardStatus.CLOSED) {
                throw new ConflictException("hazardIds", "error.enforcement.hazardClosed", hazardId);
            }
            entries.add(entry);
        }
        if (type == DocumentType.RECTIFICATION_ORDER && entries.isEmpty()) {
            throw new InvalidInputException("hazardIds", "error.enforcement.orderNeedsHazards");
        }

        Long inspectionId = null;
        if (request.inspectionId() != null) {
            var run = checklists.run(actor, request.inspectionId());
            if (!run.enforcement() || run.enterpriseId() != enterprise.id()) {
                throw new InvalidInputException("inspectionId", "error.enforcement.inspectionUnknown");
            }
            inspectionId = run.id();
        } else if (type == DocumentType.INSPECTION_RECORD) {
            throw new InvalidInputException("inspectionId", "error.field.required");
        }

        LocalDate deadline = null;
        if (request.deadline() != null && !request.deadline().isBlank()) {
            deadline = InputValues.date("deadline", request.deadline());
            if (!deadline.isAfter(today)) {
                throw new InvalidInputException("deadline", "error.enforcement.deadlinePast");
            }
            if (deadline.isAfter(today.plusYears(1))) {
                throw new InvalidInputException("deadline", "error.enforcement.deadlineFar");
            }
        } else if (type == DocumentType.RECTIFICATION_ORDER) {
            throw new InvalidInputException("deadline", "error.field.required");
        }

        var penalty = type == DocumentType.PENALTY_DECISION
                ? penalties.assess(actor, request, enterprise.id(), entries)
                : null;
        if (type != DocumentType.PENALTY_DECISION && request.penalty() != null) {
            throw new InvalidInputException("penalty", "error.enforcement.onlyPenaltyDecides");
        }

        var body = request.body() == null || request.body().isBlank()
                ? defaultBody(entries)
                : request.body().strip();
        if (body.isBlank()) {
            throw new InvalidInputException("body", "error.field.required");
        }
        if (body.length() > 4000) {
            throw new InvalidInputException("body", "error.enforcement.bodyLong");
        }
        var basis = request.legalBasis() == null || request.legalBasis().isBlank()
                ? DEFAULT_BASIS.get(type)
                : request.legalBasis().strip();
        if (basis.length() > 500) {
            throw new InvalidInputException("legalBasis", "error.enforcement.basisLong");
        }

        var now = clock.instant();
        int year = today.getYear();
        int seq = store.nextSeq(departmentId, year, type);
        var number = prefix(actor, departmentId) + type.abbreviation() + "〔" + year + "〕" + seq + "号";
        long id = store.insert(
                type,
                departmentId,
                year,
                seq,
                number,
                enterprise.id(),
                inspectionId,
                hazardIds,
                basis,
                deadline,
                body,
                reviewed == null ? null : reviewed.id(),
                passed,
                penalty,
                signing,
                now,
                actor.userId());
        if (type.orders()) {
            for (var hazardId : hazardIds) {
                hazards.recordOrder(actor, hazardId, number, type.name());
            }
        }
        if (reviewed != null && !passed) {
            for (var entry : entries) {
                if (entry.hazard().status() != HazardStatus.CLOSED) {
                    hazards.recordReviewFailed(actor, entry.hazard().id(), number, body);
                }
            }
        }
        events.publishEvent(Audited.by(
                actor,
                "enforcement.issue",
                "enforcement-document:" + id,
                Map.of("type", type, "number", number, "enterpriseId", enterprise.id(), "hazardIds", hazardIds)));
        var issued = get(actor, id);
        events.publishEvent(new DocumentIssued(
                id,
                type,
                number,
                enterprise.id(),
                enterprise.name(),
                enterprise.regionCode(),
                issued.departmentName(),
                now));
        return issued;
    }

    private static String defaultBody(List<LedgerEntry> entries) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < entries.size(); i++) {
            var h = entries.get(i).hazard();
            lines.add((i + 1) + ". " + h.title() + "（" + h.location() + "）");
        }
        return String.join("\n", lines);
    }

    /** The number's prefix of the authority: set by an administrator, else the department's name shortened. */
    private String prefix(Actor actor, long departmentId) {
        return store.prefix(departmentId).orElseGet(() -> {
            var name = departments.get(actor, departmentId).name();
            return name.replaceAll("(管理局|监督管理局|局|委员会)$", "");
        });
    }

    @Transactional
    public void setPrefix(Actor actor, long departmentId, String prefix) {
        actor.require(Permission.SYSTEM_ADMIN);
        var clean = required("prefix", prefix);
        if (clean.length() > 20) {
            throw new InvalidInputException("prefix", "error.enforcement.prefixLong");
        }
        departments.get(actor, departmentId);
        store.setPrefix(departmentId, clean);
        events.publishEvent(
                Audited.by(actor, "enforcement.prefix", "department:" + departmentId, Map.of("prefix", clean)));
    }

    /** A document of an enterprise in the reader's scope (the enterprise reads its own). */
    public EnforcementDocument get(Actor actor, long id) {
        actor.require(Permission.ENFORCEMENT_READ);
        return store.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.enforcement.notFound", id));
    }

    public List<EnforcementDocument> list(Actor actor, @Nullable Long enterpriseId) {
        return list(actor, new DocumentFilter(enterpriseId, null, null, null, null, null, null, null));
    }

    /** The latest 200 documents in the reader's scope that pass the filter. */
    public List<EnforcementDocument> list(Actor actor, DocumentFilter filter) {
        actor.require(Permission.ENFORCEMENT_READ);
        return store.list(actor.scope().narrowedTo(filter.region()), filter, 200);
    }

    /** How many documents in the reader's scope pass the filter (all of them, beyond the 200 a list shows). */
    /** The documents the filter lists, by type, and the fines of its penalty decisions (yuan). */
    public record Totals(java.util.Map<DocumentType, Long> byType, long penaltyYuan) {}

    public Totals totals(Actor actor, DocumentFilter filter) {
        actor.require(Permission.ENFORCEMENT_READ);
        var scope = actor.scope().narrowedTo(filter.region());
        var byType = new java.util.EnumMap<DocumentType, Long>(DocumentType.class);
        for (var type : DocumentType.values()) {
            byType.put(type, store.count(scope, filter.ofType(type)));
        }
        return new Totals(byType, store.fines(scope, filter.ofType(DocumentType.PENALTY_DECISION)));
    }

    public long count(Actor actor, DocumentFilter filter) {
        actor.require(Permission.ENFORCEMENT_READ);
        return store.count(actor.scope().narrowedTo(filter.region()), filter);
    }

    /** The document as a PDF (Chinese, with the embedded font), for a reader in scope. */
    public byte[] pdf(Actor actor, long id) {
        var document = get(actor, id);
        var reviewed = document.reviewsDocumentId() == null ? null : get(actor, document.reviewsDocumentId());
        return pdf.render(document, reviewed);
    }

    /** Whether the reader is a regulator who may issue (pages show the forms to them only). */
    public static boolean mayIssue(Actor actor) {
        return actor.can(Permission.ENFORCEMENT_ISSUE)
                && (actor.departmentId() != null || actor.has(Role.ADMINISTRATOR));
    }

    /** Only the issuing authority records what happens to its document (administrators aside). */
    /**
     * Whether the actor records what follows the document — its service, payment, review: an officer of the issuing
     * authority (or an administrator). The page offers those forms on this rule, the service refuses on it.
     */
    public static boolean mayRecord(Actor actor, EnforcementDocument document) {
        return actor.can(Permission.ENFORCEMENT_ISSUE)
                && (actor.has(Role.ADMINISTRATOR)
                        || Long.valueOf(document.departmentId()).equals(actor.departmentId()));
    }

    /** Whether a review opinion may still be made of the document: reviewable and not reviewed yet. */
    public boolean mayReview(Actor actor, EnforcementDocument document) {
        return mayRecord(actor, document) && document.allows(DocumentAction.REVIEW);
    }

    static void requireIssuer(Actor actor, EnforcementDocument document) {
        if (!mayRecord(actor, document)) {
            throw new org.safeledger.shared.ForbiddenException("error.enforcement.otherAuthority", document.number());
        }
    }

    static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.field.required");
        }
        return value.strip();
    }
}
