package org.safeledger.hazard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
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

    /** A discovery time this far ahead of the server's clock is a typo, not a phone's clock drift. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

    /** Evidence files one submission may carry (each is bounded in size and pixels by the attachment store). */
    public static final int MAX_EVIDENCE_FILES = 10;

    private final Hazards hazards;
    private final EnterpriseRegister enterprises;
    private final org.safeledger.org.DepartmentDirectory departments;
    private final AttachmentStore attachments;
    private final EvidenceRegistry evidenceRegistry;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    private final org.safeledger.risk.RiskRegister risks;
    private final MajorHazardProperties major;
    private final HazardPolicy policy;
    private final ClauseCitations clauses;

    HazardLedger(
            Hazards hazards,
            EnterpriseRegister enterprises,
            org.safeledger.org.DepartmentDirectory departments,
            AttachmentStore attachments,
            EvidenceRegistry evidenceRegistry,
            org.safeledger.risk.RiskRegister risks,
            MajorHazardProperties major,
            HazardPolicy policy,
            ClauseCitations clauses,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            org.springframework.context.MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.departments = departments;
        this.attachments = attachments;
        this.evidenceRegistry = evidenceRegistry;
        this.risks = risks;
        this.major = major;
        this.policy = policy;
        this.clauses = clauses;
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
        checked(actor, report);
    }

    /**
     * Checks an assignment as {@link #act} would for a hazard reported today (the permission, the fields, a deadline
     * neither past nor more than ten years ahead), without recording anything.
     */
    public void checkAssignment(Actor actor, HazardStep step) {
        actor.require(HazardAction.ASSIGN.permission());
        drafts.check(step);
        required("plan", step.plan());
        required("responsiblePerson", step.responsiblePerson());
        var deadline = date("deadline", step.deadline());
        if (deadline.isBefore(today())) {
            throw new InvalidInputException("deadline", "error.hazard.deadlinePast", today());
        }
    }

    /** A report's values, checked. */
    private record Checked(
            org.safeledger.org.Enterprise enterprise,
            Sector sector,
            HazardSource source,
            java.time.Instant now,
            java.time.Instant discoveredAt,
            List<Long> photoIds,
            boolean onSpot,
            List<Long> evidenceIds,
            List<org.safeledger.attachment.Attachment> evidence,
            String discoveredBy) {}

    private Checked checked(Actor actor, HazardReport report) {
        actor.require(Permission.HAZARD_REPORT);
        drafts.check(report);
        var enterprise = enterprises
                .find(actor, report.enterpriseId())
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
        var sector = Sector.fromCode(report.sector().strip())
                .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", report.sector()));
        if (!actor.scope().sectors().isEmpty() && !actor.scope().sectors().contains(sector)) {
            throw new ForbiddenException("error.scope.sector");
        }
        var source = InputValues.code(HazardSource.class, "source", report.source());
        if (!HazardPolicy.reportableSources(actor).contains(source)) {
            throw new InvalidInputException("source", "error.hazard.sourceNotYours", source);
        }
        var now = clock.instant();
        var discoveredAt = report.discoveredAt().toInstant();
        if (report.discoveredAt().getYear() < 2000) {
            throw new InvalidInputException("discoveredAt", "error.hazard.discoveredAncient");
        }
        if (discoveredAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("discoveredAt", "error.hazard.discoveredFuture");
        }
        if ((report.longitude() == null) != (report.latitude() == null)) {
            throw new InvalidInputException(
                    report.longitude() == null ? "longitude" : "latitude", "error.coordinates.pair");
        }
        if (report.riskPointId() != null) {
            risks.requireOf(actor, "riskPointId", report.riskPointId(), enterprise.id());
        }
        var photoIds = ids(report.photoIds());
        attachments.requireOwn(actor, "photoIds", photoIds);
        var onSpot = report.onSpot();
        var evidenceIds = ids(report.evidenceIds());
        if (onSpot && blank(report.evidence())) {
            throw new InvalidInputException("evidence", "error.hazard.evidenceRequired");
        }
        if (!onSpot && !evidenceIds.isEmpty()) {
            throw new InvalidInputException("evidenceIds", "error.hazard.evidenceOnlyOnSpot");
        }
        var evidence = attachments.requireOwn(actor, "evidenceIds", evidenceIds);
        var discoveredBy = blank(report.discoveredBy())
                ? actor.displayName()
                : report.discoveredBy().strip();
        return new Checked(
                enterprise, sector, source, now, discoveredAt, photoIds, onSpot, evidenceIds, evidence, discoveredBy);
    }

    @Transactional
    public LedgerEntry report(Actor actor, HazardReport report) {
        var c = checked(actor, report);
        var enterprise = c.enterprise();
        var sector = c.sector();
        var source = c.source();
        var now = c.now();
        var discoveredAt = c.discoveredAt();
        var photoIds = c.photoIds();
        var onSpot = c.onSpot();
        var evidenceIds = c.evidenceIds();
        var evidence = c.evidence();
        var discoveredBy = c.discoveredBy();
        var citations = report.clauseIds() == null || report.clauseIds().isEmpty()
                ? List.<Citation>of()
                : clauses.cited(actor, sector, discoveredAt, report.clauseIds(), null, now);
        var state = new HazardState(
                0,
                enterprise.id(),
                enterprise.regionCode(),
                report.title().strip(),
                report.description().strip(),
                report.location().strip(),
                report.longitude(),
                report.latitude(),
                sector,
                source,
                citations.isEmpty() ? HazardGrade.GENERAL : HazardGrade.MAJOR,
                onSpot ? HazardStatus.SUBMITTED : HazardStatus.REPORTED,
                discoveredAt,
                discoveredBy,
                actor.userId(),
                photoIds,
                onSpot ? "立查立改" : null,
                onSpot ? discoveredBy : null,
                onSpot ? today() : null,
                0,
                onSpot ? report.evidence().strip() : null,
                evidenceIds,
                null,
                onSpot,
                0,
                null,
                null,
                null,
                0,
                now,
                now,
                0,
                null,
                false,
                java.util.Set.of(),
                null,
                null,
                report.riskPointId());
        long id = hazards.insert(state);
        var hazard = new Hazard(state.withId(id));
        var reusedFrom = checkEvidence(hazard, evidence, now);
        var repeatOf = clauses.checkRepeat(hazard, citations, now);
        hazards.insertCitations(id, citations);
        if (!citations.isEmpty()) {
            hazards.openMajorReports(id, now.plus(major.reportWithin()));
        }
        var detail = Map.<String, Object>of(
                "grade",
                state.grade(),
                "clauses",
                citations.stream()
                        .map(x -> x.standardCode() + " " + x.versionKey() + " " + x.number())
                        .toList(),
                "title",
                state.title(),
                "enterpriseId",
                enterprise.id(),
                "sector",
                sector,
                "source",
                source,
                "rectifiedOnSpot",
                onSpot);
        var timeline = new java.util.ArrayList<HazardEvent>();
        timeline.add(new HazardEvent(
                id, HazardEvent.Type.REPORTED, now, actor.userId(), actor.displayName(), null, state.status(), detail));
        timeline.addAll(hazard.pendingEvents());
        hazards.insertEvents(timeline);
        events.publishEvent(Audited.by(actor, "hazard.report", "hazard:" + id, detail));
        if (!hazard.flags().isEmpty()) {
            // the flags found at reporting: saved like a step's, announced like one
            hazards.saveFlags(id, hazard.flags());
            hazard.pendingEvents()
                    .forEach(e -> events.publishEvent(
                            new Audited(HazardEvent.SYSTEM_ACTOR_NAME, "hazard.flagged", "hazard:" + id, e.detail())));
        }
        if (!repeatOf.isEmpty()) {
            events.publishEvent(new RepeatViolation(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    enterprise.name(),
                    hazard.regionCode(),
                    hazard.sector(),
                    repeatOf,
                    now));
        }
        if (!reusedFrom.isEmpty()) {
            events.publishEvent(new EvidenceReused(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    enterprise.name(),
                    hazard.regionCode(),
                    hazard.sector(),
                    reusedFrom,
                    now));
        }
        evidenceRegistry.record(id, hazard.enterpriseId(), evidence, now);
        return new LedgerEntry(hazard, enterprise.name());
    }

    /** A photo taken with a report: its content, opened when it is stored, and the name the phone gave it. */
    public record Photo(PhotoSource content, @Nullable String name) {}

    /** Opens a photo's content. */
    @FunctionalInterface
    public interface PhotoSource {
        java.io.InputStream open() throws java.io.IOException;
    }

    /**
     * The report form's way in: the photos are stored and the hazard reported in one transaction, so a refused
     * report leaves no attachment behind.
     */
    @Transactional
    public LedgerEntry reportWithPhotos(Actor actor, HazardReport report, List<Photo> photos) {
        var photoIds = new java.util.ArrayList<Long>(ids(report.photoIds()));
        for (var photo : photos) {
            try (var in = photo.content().open()) {
                photoIds.add(attachments.store(actor, in, photo.name()).id());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
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
    public LedgerEntry actWithFiles(Actor actor, long id, HazardAction action, HazardStep step, List<Photo> files) {
        if (files.isEmpty()) {
            return act(actor, id, action, step);
        }
        // everything that can be refused without the files is checked before a byte is stored
        if (action != HazardAction.SUBMIT) {
            throw new InvalidInputException("attachmentIds", "error.hazard.evidenceOnlyOnSubmit");
        }
        var hazard = get(actor, id).hazard();
        policy.require(actor, hazard, action, today());
        if (hazard.version() != step.version()) {
            throw new ConflictException("version", "error.version.stale");
        }
        required("evidence", step.evidence());
        var ids = new java.util.ArrayList<Long>(ids(step.attachmentIds()));
        if (ids.size() + files.size() > MAX_EVIDENCE_FILES) {
            throw new InvalidInputException("attachmentIds", "error.hazard.tooManyFiles", MAX_EVIDENCE_FILES);
        }
        for (var file : files) {
            try (var in = file.content().open()) {
                ids.add(attachments.store(actor, in, file.name()).id());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return act(actor, id, action, step.withAttachmentIds(ids));
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
        return hazards.workload(actor.scope(), today());
    }

    /**
     * The escalation view: overdue rectifications under the region (the reader's own when null; its subtree prefix
     * already checked against the scope), by the next level down.
     */
    public List<EscalationRow> escalations(Actor actor, @Nullable String regionPrefix) {
        actor.require(Permission.HAZARD_READ);
        return hazards.escalations(actor.scope(), regionPrefix, today());
    }

    public PageResult<LedgerEntry> list(Actor actor, HazardFilter filter, PageRequest page) {
        actor.require(Permission.HAZARD_READ);
        return hazards.list(actor.scope(), filter, today(), properties.zone(), page);
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
            hazards.stream(actor.scope(), filter, today, properties.zone(), workbook::add);
        }
    }

    public Map<HazardStatus, Long> countByStatus(Actor actor, HazardFilter filter) {
        actor.require(Permission.HAZARD_READ);
        return hazards.countByStatus(actor.scope(), filter, today(), properties.zone());
    }

    /** The steps the actor may take on the hazard now ({@link HazardPolicy}: what the page offers, the API lists). */
    public List<HazardAction> availableActions(Actor actor, LedgerEntry entry) {
        return policy.available(actor, entry.hazard(), today());
    }

    /** The departments the actor may name as the supervising unit when listing the hazard. */
    public List<org.safeledger.org.Department> listingChoices(Actor actor, LedgerEntry entry) {
        return policy.listingChoices(actor, entry.hazard());
    }

    /** One step of the loop; the hazard as it is afterwards. */
    @Transactional
    public LedgerEntry act(Actor actor, long id, HazardAction action, HazardStep step) {
        actor.require(action.permission());
        drafts.check(step);
        var entry = get(actor, id);
        var hazard = entry.hazard();
        if (hazard.version() != step.version()) {
            throw new ConflictException("version", "error.version.stale");
        }
        policy.require(actor, hazard, action, today());
        var now = clock.instant();
        List<org.safeledger.attachment.Attachment> evidence = List.of();
        List<Long> reusedFrom = List.of();
        List<Citation> citations = List.of();
        List<Long> repeatOf = List.of();
        switch (action) {
            case ASSIGN ->
                hazard.assign(
                        required("plan", step.plan()),
                        required("responsiblePerson", step.responsiblePerson()),
                        date("deadline", step.deadline()),
                        step.fiveImplementations(),
                        step.treatmentPlan(),
                        today(),
                        actor,
                        now);
            case CITE -> {
                citations = clauses.cited(
                        actor, hazard.sector(), hazard.discoveredAt(), step.clauseIds(), step.clauseNumbers(), now);
                hazard.cite(citations, actor, now);
                repeatOf = clauses.checkRepeat(hazard, citations, now);
            }
            case DOWNGRADE -> {
                hazard.downgrade(required("reason", step.reason()), actor, now);
                hazards.dropOwedMajorReports(id);
            }
            case REPORT_MAJOR -> {
                var channel =
                        InputValues.code(MajorReportChannel.class, "channel", required("channel", step.channel()));
                var recipient = required("recipient", step.recipient());
                var report = required("report", step.report());
                hazard.reportMajor(channel, recipient, report, actor, now);
                if (!hazards.recordMajorReport(id, channel, now, actor.userId(), recipient, report)) {
                    throw new ConflictException("channel", "error.hazard.alreadyReported", id);
                }
            }
            case SUSPEND -> {
                var area = required("area", step.area());
                hazard.suspend(area, actor, now);
                if (!hazards.suspend(id, hazard.enterpriseId(), area, now, actor.userId())) {
                    throw new ConflictException("area", "error.hazard.alreadySuspended", id);
                }
            }
            case SUBMIT -> {
                var evidenceIds = ids(step.attachmentIds());
                if (evidenceIds.size() > MAX_EVIDENCE_FILES) {
                    throw new InvalidInputException("attachmentIds", "error.hazard.tooManyFiles", MAX_EVIDENCE_FILES);
                }
                evidence = attachments.requireOwn(actor, "attachmentIds", evidenceIds);
                hazard.submit(required("evidence", step.evidence()), evidenceIds, step.costYuan(), actor, now);
                reusedFrom = checkEvidence(hazard, evidence, now);
            }
            case ACCEPT -> {
                hazard.accept(required("opinion", step.opinion()), actor, now);
                var stopped = hazards.suspension(id).filter(Suspension::active);
                if (stopped.isPresent()) {
                    hazard.resume(stopped.get().area(), actor, now);
                    hazards.liftSuspension(id, now);
                }
            }
            case REJECT -> hazard.reject(required("reason", step.reason()), actor, now);
            case CONFIRM_FALSIFIED -> hazard.confirmFalsified(required("reason", step.reason()), actor, now);
            case LIST -> hazard.list(listing(actor, hazard, step, now), today(), actor, now);
            case EXPLAIN -> hazard.explain(required("explanation", step.explanation()), actor, now);
            case EXTEND ->
                hazard.extend(
                        date("newDeadline", step.newDeadline()),
                        required("reason", step.reason()),
                        today(),
                        actor,
                        now);
        }
        if (!hazards.update(hazard)) {
            throw new ConflictException("version", "error.version.stale");
        }
        var stepEvents = hazard.pendingEvents();
        hazards.insertEvents(stepEvents);
        stepEvents.forEach(e -> events.publishEvent(
                e.bySystem()
                        ? new Audited(
                                HazardEvent.SYSTEM_ACTOR_NAME,
                                "hazard." + e.type().name().toLowerCase(Locale.ROOT),
                                "hazard:" + id,
                                e.detail())
                        : Audited.by(
                                actor,
                                "hazard." + action.name().toLowerCase(Locale.ROOT),
                                "hazard:" + id,
                                e.detail())));
        evidenceRegistry.record(id, hazard.enterpriseId(), evidence, now);
        hazards.insertCitations(id, citations);
        if (!citations.isEmpty()) {
            hazards.openMajorReports(id, now.plus(major.reportWithin()));
        }
        if (!repeatOf.isEmpty()) {
            events.publishEvent(new RepeatViolation(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    entry.enterpriseName(),
                    hazard.regionCode(),
                    hazard.sector(),
                    repeatOf,
                    now));
        }
        if (!reusedFrom.isEmpty()) {
            events.publishEvent(new EvidenceReused(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    entry.enterpriseName(),
                    hazard.regionCode(),
                    hazard.sector(),
                    reusedFrom,
                    now));
        }
        var listing = hazard.listing();
        if (action == HazardAction.LIST && listing != null) {
            events.publishEvent(new HazardListed(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    entry.enterpriseName(),
                    hazard.regionCode(),
                    listing.departmentId(),
                    String.valueOf(listing.departmentName()),
                    listing.level(),
                    listing.noticeNo(),
                    listing.deadline(),
                    now));
        }
        hazard.saved();
        return entry;
    }

    /**
     * The hazard side of the watch list's screening, for every enterprise (a system job's read): major hazards and
     * found since the day, hazards that became repeats since then (whenever found), rectifications whose deadline
     * since then passed before they were closed.
     */
    public List<PatternCounts> patternCounts(LocalDate since) {
        var zone = properties.zone();
        return hazards.patternCounts(since.atStartOfDay(zone).toInstant(), since, today(), zone);
    }

    /** Whether the enterprise has a major hazard not yet closed (art. 113 (一); a system read, no reader). */
    public boolean hasOpenMajor(long enterpriseId) {
        return hazards.hasOpenMajor(enterpriseId);
    }

    /** A major hazard's dual report: both halves, due when, reported when (empty for a hazard never major). */
    public List<MajorReport> majorReports(LedgerEntry entry) {
        return hazards.majorReports(entry.hazard().id());
    }

    /** The area the hazard stopped, if it did (active until the hazard is closed). */
    public java.util.Optional<Suspension> suspension(LedgerEntry entry) {
        return hazards.suspension(entry.hazard().id());
    }

    /** The areas of an enterprise in the actor's scope where production is stopped now. */
    public List<Suspension> activeSuspensions(Actor actor, long enterpriseId) {
        actor.require(Permission.HAZARD_READ);
        if (enterprises.find(actor, enterpriseId).isEmpty()) {
            throw new NotFoundException("error.enterprise.notFound", enterpriseId);
        }
        // only the stops of hazards the reader may see (a department sees its own sectors' hazards only)
        return hazards.activeSuspensions(enterpriseId).stream()
                .filter(s -> hazards.find(s.hazardId(), actor.scope()).isPresent())
                .toList();
    }

    /** The clauses a hazard cites, as they read in the version the hazard is judged against. */
    public List<Citation> citations(LedgerEntry entry) {
        return hazards.citations(entry.hazard().id());
    }

    /**
     * Flags the hazard when any of its new evidence was used before for a different hazard; the other hazards'
     * ids (empty when the evidence is new).
     */
    private List<Long> checkEvidence(
            Hazard hazard, List<org.safeledger.attachment.Attachment> evidence, java.time.Instant now) {
        var matches = evidenceRegistry.earlierUses(hazard.id(), hazard.enterpriseId(), evidence);
        if (matches.isEmpty()) {
            return List.of();
        }
        var found = matches.stream()
                .map(m -> Map.<String, Object>of(
                        "attachmentId", m.attachmentId(),
                        "otherHazardId", m.otherHazardId(),
                        "otherAttachmentId", m.otherAttachmentId(),
                        "identical", m.identical(),
                        "distance", m.distance()))
                .toList();
        var others = matches.stream()
                .map(EvidenceRegistry.Match::otherHazardId)
                .distinct()
                .sorted()
                .toList();
        hazard.flag(HazardFlag.REUSED_EVIDENCE, Map.of("matches", found, "otherHazardIds", others), now);
        return others;
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
        hazards.insertOrder(hazardId, documentNumber, documentType, now);
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

    /**
     * The listing a step asks for: the supervising department must be one the actor's scope holds, and its region
     * must hold the hazard's; its level is the department's (a county bureau lists at county level). A level given
     * in the step must agree.
     */
    private Listing listing(Actor actor, Hazard hazard, HazardStep step, java.time.Instant now) {
        if (step.supervisingDepartmentId() == null) {
            throw new InvalidInputException("supervisingDepartmentId", "error.field.required");
        }
        var department = departments
                .find(actor, step.supervisingDepartmentId())
                .orElseThrow(() -> new InvalidInputException(
                        "supervisingDepartmentId", "error.department.unknown", step.supervisingDepartmentId()));
        var problem = policy.listingProblem(actor, department, hazard);
        if (problem.isPresent()) {
            throw new InvalidInputException("supervisingDepartmentId", problem.get());
        }
        var departmentRegion = new org.safeledger.shared.RegionCode(department.regionCode());
        var level = Listing.Level.ofPrefix(departmentRegion.subtreePrefix());
        if (step.level() != null && !step.level().isBlank()) {
            var asked = InputValues.code(Listing.Level.class, "level", step.level());
            if (asked != level) {
                throw new InvalidInputException("level", "error.hazard.listingLevel", asked, level);
            }
        }
        var notice = step.noticeNo() == null || step.noticeNo().isBlank()
                ? null
                : step.noticeNo().strip();
        return new Listing(
                level,
                department.id(),
                department.name(),
                notice,
                date("deadline", step.deadline()),
                now,
                actor.userId());
    }

    private static String required(String field, @Nullable String value) {
        if (blank(value)) {
            throw new InvalidInputException(field, "error.field.required");
        }
        return value.strip();
    }

    /** A deadline: a date at most ten years ahead (anything later is a typo, and would not fit the database). */
    private LocalDate date(String field, @Nullable String value) {
        var date = InputValues.date(field, required(field, value));
        if (date.isAfter(today().plusYears(10))) {
            throw new InvalidInputException(field, "error.hazard.deadlineFar");
        }
        return date;
    }

    private static List<Long> ids(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
