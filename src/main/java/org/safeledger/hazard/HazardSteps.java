package org.safeledger.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The write side of a hazard's steps: what each action asks of its input, the aggregate's transition, and what
 * follows it in the same transaction — the row and its timeline, the operation log, evidence and citations kept,
 * the dual report owed, and the news for the other modules (a repeat, reused evidence, a listing). The ledger has
 * checked permission, scope, version and policy before it hands a step here.
 */
@Component
class HazardSteps {

    private final Hazards hazards;
    private final MajorHazardRecords majors;
    private final CitationRecords citationRecords;
    private final org.safeledger.org.DepartmentDirectory departments;
    private final AttachmentStore attachments;
    private final EvidenceRegistry evidenceRegistry;
    private final MajorHazardProperties major;
    private final HazardPolicy policy;
    private final ClauseCitations clauses;
    private final org.safeledger.platform.DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    HazardSteps(
            Hazards hazards,
            MajorHazardRecords majors,
            CitationRecords citationRecords,
            org.safeledger.org.DepartmentDirectory departments,
            AttachmentStore attachments,
            EvidenceRegistry evidenceRegistry,
            MajorHazardProperties major,
            HazardPolicy policy,
            ClauseCitations clauses,
            org.safeledger.platform.DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.drafts = drafts;
        this.hazards = hazards;
        this.majors = majors;
        this.citationRecords = citationRecords;
        this.departments = departments;
        this.attachments = attachments;
        this.evidenceRegistry = evidenceRegistry;
        this.major = major;
        this.policy = policy;
        this.clauses = clauses;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** One step of the loop: the permission, the input, the version read, the policy; then taken and saved. */
    LedgerEntry act(Actor actor, long id, HazardStep step) {
        var action = step.action();
        actor.require(action.permission());
        drafts.check(step);
        var entry =
                hazards.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.hazard.notFound", id));
        var hazard = entry.hazard();
        if (hazard.version() != step.version()) {
            throw new ConflictException("version", "error.version.stale");
        }
        policy.require(actor, hazard, action, today());
        take(actor, entry, step);
        return entry;
    }

    /** Takes one checked step on the hazard of the entry and saves it; the entry's hazard is the one changed. */
    void take(Actor actor, LedgerEntry entry, HazardStep step) {
        var hazard = entry.hazard();
        long id = hazard.id();
        var action = step.action();
        var now = clock.instant();
        List<org.safeledger.attachment.Attachment> evidence = List.of();
        List<Long> reusedFrom = List.of();
        List<Citation> citations = List.of();
        List<Long> repeatOf = List.of();
        if (step instanceof HazardStep.Assign s) {
            hazard.assign(
                    required("plan", s.plan()),
                    required("responsiblePerson", s.responsiblePerson()),
                    date("deadline", s.deadline(), today()),
                    s.fiveImplementations(),
                    s.treatmentPlan(),
                    today(),
                    actor,
                    now);
        } else if (step instanceof HazardStep.Cite s) {
            citations =
                    clauses.cited(actor, hazard.sector(), hazard.discoveredAt(), s.clauseIds(), s.clauseNumbers(), now);
            hazard.cite(citations, actor, now);
            repeatOf = clauses.checkRepeat(hazard, citations, now);
        } else if (step instanceof HazardStep.Downgrade s) {
            hazard.downgrade(required("reason", s.reason()), actor, now);
            majors.dropOwedMajorReports(id);
        } else if (step instanceof HazardStep.ReportMajor s) {
            var channel = InputValues.code(MajorReportChannel.class, "channel", required("channel", s.channel()));
            var recipient = required("recipient", s.recipient());
            var report = required("report", s.report());
            hazard.reportMajor(channel, recipient, report, actor, now);
            if (!majors.recordMajorReport(id, channel, now, actor.userId(), recipient, report)) {
                throw new ConflictException("channel", "error.hazard.alreadyReported", id);
            }
        } else if (step instanceof HazardStep.Suspend s) {
            var area = required("area", s.area());
            hazard.suspend(area, actor, now);
            if (!majors.suspend(id, hazard.enterpriseId(), area, now, actor.userId())) {
                throw new ConflictException("area", "error.hazard.alreadySuspended", id);
            }
        } else if (step instanceof HazardStep.Submit s) {
            var evidenceIds = ids(s.attachmentIds());
            if (evidenceIds.size() > HazardLedger.MAX_EVIDENCE_FILES) {
                throw new InvalidInputException(
                        "attachmentIds", "error.hazard.tooManyFiles", HazardLedger.MAX_EVIDENCE_FILES);
            }
            evidence = attachments.requireOwn(actor, "attachmentIds", evidenceIds);
            hazard.submit(required("evidence", s.evidence()), evidenceIds, s.costYuan(), actor, now);
            reusedFrom = checkEvidence(hazard, evidence, now);
        } else if (step instanceof HazardStep.Accept s) {
            hazard.accept(required("opinion", s.opinion()), actor, now);
            var stopped = majors.suspension(id).filter(Suspension::active);
            if (stopped.isPresent()) {
                hazard.resume(stopped.get().area(), actor, now);
                majors.liftSuspension(id, now);
            }
        } else if (step instanceof HazardStep.Reject s) {
            hazard.reject(required("reason", s.reason()), actor, now);
        } else if (step instanceof HazardStep.ConfirmFalsified s) {
            hazard.confirmFalsified(required("reason", s.reason()), actor, now);
        } else if (step instanceof HazardStep.ListForSupervision s) {
            hazard.list(listing(actor, hazard, s, now), today(), actor, now);
        } else if (step instanceof HazardStep.Explain s) {
            hazard.explain(required("explanation", s.explanation()), actor, now);
        } else if (step instanceof HazardStep.Extend s) {
            hazard.extend(
                    date("newDeadline", s.newDeadline(), today()), required("reason", s.reason()), today(), actor, now);
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
        keep(hazard, entry.enterpriseName(), citations, repeatOf, reusedFrom, now);
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
    }

    /**
     * What a report and a step alike keep and announce: the clauses cited (a cited clause owes the dual report), a
     * repeat of an earlier violation, evidence used before for another hazard.
     */
    void keep(
            Hazard hazard,
            String enterpriseName,
            List<Citation> citations,
            List<Long> repeatOf,
            List<Long> reusedFrom,
            java.time.Instant now) {
        long id = hazard.id();
        citationRecords.insertCitations(id, citations);
        if (!citations.isEmpty()) {
            majors.openMajorReports(id, now.plus(major.reportWithin()));
        }
        if (!repeatOf.isEmpty()) {
            events.publishEvent(new RepeatViolation(
                    id,
                    hazard.title(),
                    hazard.enterpriseId(),
                    enterpriseName,
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
                    enterpriseName,
                    hazard.regionCode(),
                    hazard.sector(),
                    reusedFrom,
                    now));
        }
    }

    /**
     * Flags the hazard when any of its new evidence was used before for a different hazard; the other hazards'
     * ids (empty when the evidence is new).
     */
    List<Long> checkEvidence(
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
     * The listing a step asks for: the supervising department must be one the actor's scope holds, and its region
     * must hold the hazard's; its level is the department's (a county bureau lists at county level). A level given
     * in the step must agree.
     */
    private Listing listing(Actor actor, Hazard hazard, HazardStep.ListForSupervision step, java.time.Instant now) {
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
                date("deadline", step.deadline(), today()),
                now,
                actor.userId());
    }

    static String required(String field, @Nullable String value) {
        if (blank(value)) {
            throw new InvalidInputException(field, "error.field.required");
        }
        return value.strip();
    }

    /** A deadline: a date at most ten years ahead (anything later is a typo, and would not fit the database). */
    static LocalDate date(String field, @Nullable String value, LocalDate today) {
        var date = InputValues.date(field, required(field, value));
        if (date.isAfter(today.plusYears(10))) {
            throw new InvalidInputException(field, "error.hazard.deadlineFar");
        }
        return date;
    }

    static List<Long> ids(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
