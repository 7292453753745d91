package org.safeledger.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard ledger's API: report, read, list, and carry a hazard through its loop. Each step checks the role's
 * permission, the reader's scope (outside it, a hazard is "not found"), the {@code version} read, and leaves the
 * transition itself to {@link Hazard}; it then saves the hazard, its timeline events and the audit entry in one
 * transaction.
 */
@Service
public class HazardLedger {

    /** Evidence files one submission may carry (each is bounded in size and pixels by the attachment store). */
    public static final int MAX_EVIDENCE_FILES = 10;

    private final Hazards hazards;
    private final EnterpriseRegister enterprises;
    private final LedgerQueries queries;
    private final MajorHazardRecords majors;
    private final CitationRecords citationRecords;
    private final org.safeledger.org.DepartmentDirectory departments;
    private final AttachmentStore attachments;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    private final HazardPolicy policy;
    private final HazardSteps steps;
    private final HazardReporting reporting;

    HazardLedger(
            Hazards hazards,
            EnterpriseRegister enterprises,
            LedgerQueries queries,
            MajorHazardRecords majors,
            CitationRecords citationRecords,
            org.safeledger.org.DepartmentDirectory departments,
            AttachmentStore attachments,
            HazardPolicy policy,
            HazardSteps steps,
            HazardReporting reporting,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            org.springframework.context.MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.queries = queries;
        this.majors = majors;
        this.citationRecords = citationRecords;
        this.departments = departments;
        this.attachments = attachments;
        this.policy = policy;
        this.steps = steps;
        this.reporting = reporting;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today where the ledger is kept (deadlines are calendar days there). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Now (the application's clock). */
    public java.time.Instant now() {
        return clock.instant();
    }

    /** Now, on the wall clocks where the ledger is kept (for forms that ask for a local time). */
    public java.time.LocalDateTime localNow() {
        return java.time.LocalDateTime.now(clock.withZone(properties.zone()));
    }

    /**
     * Checks a report as {@link #report} would, without recording anything: an {@link InvalidInputException} or
     * {@link ForbiddenException} for the first problem (the ledger import validates every row this way first).
     */
    public void checkReport(Actor actor, HazardReport report) {
        reporting.checked(actor, report);
    }

    /**
     * Checks an assignment as {@link #act} would for a hazard reported today (the permission, the fields, a deadline
     * neither past nor more than ten years ahead), without recording anything.
     */
    public void checkAssignment(Actor actor, HazardStep.Assign step) {
        actor.require(HazardAction.ASSIGN.permission());
        drafts.check(step);
        HazardSteps.required("plan", step.plan());
        HazardSteps.required("responsiblePerson", step.responsiblePerson());
        var deadline = HazardSteps.date("deadline", step.deadline(), today());
        if (deadline.isBefore(today())) {
            throw new InvalidInputException("deadline", "error.hazard.deadlinePast", today());
        }
    }

    /** Records a report: the hazard, its citations and timeline, the flags found, the news for the others. */
    @Transactional
    public LedgerEntry report(Actor actor, HazardReport report) {
        return reporting.report(actor, report);
    }

    /**
     * Opens a hazard another record found, in one call and one transaction: reported (its texts cut to the ledger's
     * limits), then assigned and listed for supervision when the finding says so, each step with its permission.
     */
    @Transactional
    public LedgerEntry open(Actor actor, Finding finding) {
        return reporting.open(actor, finding);
    }

    /**
     * The report form's way in: the photos are stored and the hazard reported in one transaction, so a refused
     * report leaves no attachment behind.
     */
    @Transactional
    public LedgerEntry reportWithPhotos(Actor actor, HazardReport report, List<Upload> photos) {
        var photoIds = new java.util.ArrayList<Long>(HazardSteps.ids(report.photoIds()));
        photoIds.addAll(attachments.storeAll(actor, photos));
        return report(
                actor,
                new HazardReport(
                        report.enterpriseId(),
                        report.title(),
                        report.description(),
                        report.location(),
                        report.longitude(),
                        report.latitude(),
                        report.sector(),
                        report.discoveredAt(),
                        report.discoveredBy(),
                        report.source(),
                        photoIds,
                        report.clauseIds(),
                        report.rectifiedOnSpot(),
                        report.evidence(),
                        report.evidenceIds(),
                        report.riskPointId()));
    }

    /**
     * The page's submit form: its evidence files (photos, PDFs) are stored and the step taken in one transaction, so
     * a refused step leaves no attachment behind, and the reused-evidence check sees them like API uploads.
     */
    @Transactional
    public LedgerEntry actWithFiles(Actor actor, long id, HazardStep step, List<Upload> files) {
        if (files.isEmpty()) {
            return act(actor, id, step);
        }
        // everything that can be refused without the files is checked before a byte is stored
        if (!(step instanceof HazardStep.Submit submit)) {
            throw new InvalidInputException("attachmentIds", "error.hazard.evidenceOnlyOnSubmit");
        }
        var hazard = get(actor, id).hazard();
        policy.require(actor, hazard, step.action(), today());
        if (hazard.version() != step.version()) {
            throw new ConflictException("version", "error.version.stale");
        }
        HazardSteps.required("evidence", submit.evidence());
        var ids = new java.util.ArrayList<Long>(HazardSteps.ids(submit.attachmentIds()));
        if (ids.size() + files.size() > MAX_EVIDENCE_FILES) {
            throw new InvalidInputException("attachmentIds", "error.hazard.tooManyFiles", MAX_EVIDENCE_FILES);
        }
        ids.addAll(attachments.storeAll(actor, files));
        return act(actor, id, submit.withAttachmentIds(ids));
    }

    public LedgerEntry get(Actor actor, long id) {
        actor.require(Permission.HAZARD_READ);
        return hazards.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.hazard.notFound", id));
    }

    public List<HazardEvent> timeline(Actor actor, long id) {
        return timeline(actor, get(actor, id));
    }

    /**
     * The timeline as the reader may see it: the application's findings about other hazards (which ones used the
     * same evidence) are for regulators; an enterprise's users see that the hazard was flagged, not where else.
     */
    public List<HazardEvent> timeline(Actor actor, LedgerEntry entry) {
        var events = timeline(entry);
        if (actor.scope().enterpriseId() == null) {
            return events;
        }
        return events.stream()
                .map(e -> e.type() == HazardEvent.Type.FLAGGED
                        ? new HazardEvent(
                                e.hazardId(),
                                e.type(),
                                e.at(),
                                e.actorId(),
                                e.actorName(),
                                e.fromStatus(),
                                e.toStatus(),
                                Map.of("flag", String.valueOf(e.detail().get("flag"))))
                        : e)
                .toList();
    }

    /** The timeline of a hazard already read through {@link #get}, which checked the reader's scope. */
    public List<HazardEvent> timeline(LedgerEntry entry) {
        return hazards.events(entry.hazard().id());
    }

    public HazardWorkload workload(Actor actor) {
        actor.require(Permission.HAZARD_READ);
        return queries.workload(actor.scope(), today());
    }

    /**
     * The escalation view: overdue rectifications under the region (the reader's own when null; its subtree prefix
     * already checked against the scope), by the next level down.
     */
    public List<EscalationRow> escalations(Actor actor, @Nullable String regionPrefix) {
        actor.require(Permission.HAZARD_READ);
        return queries.escalations(actor.scope(), regionPrefix, today());
    }

    public PageResult<LedgerEntry> list(Actor actor, HazardFilter filter, PageRequest page) {
        actor.require(Permission.HAZARD_READ);
        return queries.list(actor.scope(), filter, today(), properties.zone(), page);
    }

    /**
     * The filtered ledger as an .xlsx workbook with the regulator's columns, streamed to {@code out} (in the
     * reader's language; dates in the ledger's time zone).
     */
    @Transactional(readOnly = true)
    public void export(Actor actor, HazardFilter filter, java.io.OutputStream out, Locale locale) {
        actor.require(Permission.HAZARD_READ);
        var today = today();
        try (var workbook =
                new LedgerWorkbook(out, List.of(LedgerColumn.values()), messages, locale, today, properties.zone())) {
            queries.stream(actor.scope(), filter, today, properties.zone(), workbook::add);
        }
    }

    public Map<HazardStatus, Long> countByStatus(Actor actor, HazardFilter filter) {
        actor.require(Permission.HAZARD_READ);
        return queries.countByStatus(actor.scope(), filter, today(), properties.zone());
    }

    /** The steps the actor may take on the hazard now ({@link HazardPolicy}: what the page offers, the API lists). */
    public List<HazardAction> availableActions(Actor actor, LedgerEntry entry) {
        return policy.available(actor, entry.hazard(), today());
    }

    /** The departments the actor may name as the supervising unit when listing the hazard. */
    public List<org.safeledger.org.Department> listingChoices(Actor actor, LedgerEntry entry) {
        return policy.listingChoices(actor, entry.hazard());
    }

    /** One step of the loop, with its own fields; the hazard as it is afterwards. */
    @Transactional
    public LedgerEntry act(Actor actor, long id, HazardStep step) {
        return steps.act(actor, id, step);
    }

    /**
     * The hazard side of the watch list's screening, for every enterprise (a system job's read): major hazards and
     * found since the day, hazards that became repeats since then (whenever found), rectifications whose deadline
     * since then passed before they were closed.
     */
    public List<PatternCounts> patternCounts(LocalDate since) {
        var zone = properties.zone();
        return citationRecords.patternCounts(since.atStartOfDay(zone).toInstant(), since, today(), zone);
    }

    /** Whether the enterprise has a major hazard not yet closed (art. 113 (一); a system read, no reader). */
    public boolean hasOpenMajor(long enterpriseId) {
        return majors.hasOpenMajor(enterpriseId);
    }

    /** A major hazard's dual report: both halves, due when, reported when (empty for a hazard never major). */
    public List<MajorReport> majorReports(LedgerEntry entry) {
        return majors.majorReports(entry.hazard().id());
    }

    /** The area the hazard stopped, if it did (active until the hazard is closed). */
    public java.util.Optional<Suspension> suspension(LedgerEntry entry) {
        return majors.suspension(entry.hazard().id());
    }

    /** The areas of an enterprise in the actor's scope where production is stopped now. */
    public List<Suspension> activeSuspensions(Actor actor, long enterpriseId) {
        actor.require(Permission.HAZARD_READ);
        if (enterprises.find(actor, enterpriseId).isEmpty()) {
            throw new NotFoundException("error.enterprise.notFound", enterpriseId);
        }
        // only the stops of hazards the reader may see (a department sees its own sectors' hazards only)
        return majors.activeSuspensions(enterpriseId).stream()
                .filter(s -> hazards.find(s.hazardId(), actor.scope()).isPresent())
                .toList();
    }

    /** The clauses a hazard cites, as they read in the version the hazard is judged against. */
    public List<Citation> citations(LedgerEntry entry) {
        return citationRecords.citations(entry.hazard().id());
    }

    /**
     * An enforcement document ordered the rectification of the hazard (an order, on-site measures, a penalty): on
     * its timeline, and remembered for the repeat rule. The hazard must be in the actor's scope.
     */
    @Transactional
    public void recordOrder(Actor actor, long hazardId, String documentNumber, String documentType) {
        var entry = get(actor, hazardId);
        var now = clock.instant();
        var status = entry.hazard().status();
        var detail = Map.<String, Object>of("document", documentNumber, "type", documentType);
        citationRecords.insertOrder(hazardId, documentNumber, documentType, now);
        hazards.insertEvents(List.of(new HazardEvent(
                hazardId, HazardEvent.Type.ORDERED, now, actor.userId(), actor.displayName(), status, status, detail)));
        events.publishEvent(Audited.by(actor, "hazard.ordered", "hazard:" + hazardId, detail));
    }

    /**
     * A review found the order not carried out: the hazard stays open (a submitted rectification is not accepted by
     * this), the event is on its timeline, and the supervising department and the region's leaders are told.
     */
    @Transactional
    public void recordReviewFailed(Actor actor, long hazardId, String documentNumber, String opinion) {
        var entry = get(actor, hazardId);
        var hazard = entry.hazard();
        var now = clock.instant();
        var detail = Map.<String, Object>of("document", documentNumber, "reason", opinion);
        hazards.insertEvents(List.of(new HazardEvent(
                hazardId,
                HazardEvent.Type.REVIEW_FAILED,
                now,
                actor.userId(),
                actor.displayName(),
                hazard.status(),
                hazard.status(),
                detail)));
        events.publishEvent(Audited.by(actor, "hazard.review-failed", "hazard:" + hazardId, detail));
        events.publishEvent(new OrderNotCarriedOut(
                hazardId,
                hazard.title(),
                hazard.enterpriseId(),
                entry.enterpriseName(),
                hazard.regionCode(),
                hazard.sector(),
                documentNumber,
                now));
    }
}
