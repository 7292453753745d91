package org.safeledger.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reporting a hazard: the report checked against the reporter's scope, sector, sources, the clock and its own
 * attachments; the hazard recorded with what it cites (a cited clause makes it major and owes the dual report), its
 * timeline, the flags found on the way (reused evidence, a repeat) and the news of them.
 */
@Component
class HazardReporting {

    private static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(10);

    private final Hazards hazards;
    private final EnterpriseRegister enterprises;
    private final AttachmentStore attachments;
    private final EvidenceRegistry evidenceRegistry;
    private final org.safeledger.risk.RiskRegister risks;
    private final ClauseCitations clauses;
    private final HazardSteps steps;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    HazardReporting(
            Hazards hazards,
            EnterpriseRegister enterprises,
            AttachmentStore attachments,
            EvidenceRegistry evidenceRegistry,
            org.safeledger.risk.RiskRegister risks,
            ClauseCitations clauses,
            HazardSteps steps,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            SafeLedgerProperties properties,
            Clock clock) {
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.attachments = attachments;
        this.evidenceRegistry = evidenceRegistry;
        this.risks = risks;
        this.clauses = clauses;
        this.steps = steps;
        this.drafts = drafts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A hazard another record found: reported, then assigned and listed as the finding says. */
    LedgerEntry open(Actor actor, Finding f) {
        var entry = report(
                actor,
                new HazardReport(
                        f.enterpriseId(),
                        Finding.shorten(f.title(), 100),
                        Finding.shorten(f.description(), 2000),
                        Finding.shorten(f.place(), 200),
                        null,
                        null,
                        f.sector(),
                        java.time.OffsetDateTime.now(clock.withZone(properties.zone())),
                        f.foundBy() == null ? null : Finding.shorten(f.foundBy(), 50),
                        f.source(),
                        f.photoIds(),
                        f.clauseIds().isEmpty() ? null : f.clauseIds(),
                        false,
                        null,
                        null,
                        null));
        long id = entry.hazard().id();
        var a = f.assignment();
        if (a != null) {
            entry = steps.act(
                    actor,
                    id,
                    new HazardStep.Assign(
                            entry.hazard().version(),
                            Finding.shorten(a.plan(), 2000),
                            Finding.shorten(a.responsiblePerson(), 50),
                            a.deadline().toString()));
        }
        var listing = f.supervision();
        if (listing != null) {
            entry = steps.act(
                    actor,
                    id,
                    new HazardStep.ListForSupervision(
                            entry.hazard().version(),
                            listing.departmentId(),
                            null,
                            listing.deadline().toString()));
        }
        return entry;
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

    Checked checked(Actor actor, HazardReport report) {
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
        var photoIds = HazardSteps.ids(report.photoIds());
        attachments.requireOwn(actor, "photoIds", photoIds);
        var onSpot = report.onSpot();
        var evidenceIds = HazardSteps.ids(report.evidenceIds());
        if (onSpot && HazardSteps.blank(report.evidence())) {
            throw new InvalidInputException("evidence", "error.hazard.evidenceRequired");
        }
        if (!onSpot && !evidenceIds.isEmpty()) {
            throw new InvalidInputException("evidenceIds", "error.hazard.evidenceOnlyOnSpot");
        }
        var evidence = attachments.requireOwn(actor, "evidenceIds", evidenceIds);
        var discoveredBy = HazardSteps.blank(report.discoveredBy())
                ? actor.displayName()
                : report.discoveredBy().strip();
        return new Checked(
                enterprise, sector, source, now, discoveredAt, photoIds, onSpot, evidenceIds, evidence, discoveredBy);
    }

    LedgerEntry report(Actor actor, HazardReport report) {
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
                onSpot ? LocalDate.now(clock.withZone(properties.zone())) : null,
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
        var reusedFrom = steps.checkEvidence(hazard, evidence, now);
        var repeatOf = clauses.checkRepeat(hazard, citations, now);
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
        steps.keep(hazard, enterprise.name(), citations, repeatOf, reusedFrom, now);
        evidenceRegistry.record(id, hazard.enterpriseId(), evidence, now);
        return new LedgerEntry(hazard, enterprise.name());
    }
}
