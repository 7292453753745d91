package org.safeledger.tour;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeledger.attachment.Upload;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.Party;
import org.safeledger.rectification.RecordItems;
import org.safeledger.rectification.RectificationAccess;
import org.safeledger.rectification.RectificationProperties;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tours' module API: a tour is created by the body that runs it, its findings recorded during the tour (an
 * enterprise's safety hazard also opened in the ledger, see {@link TourFindings}), and its feedback delivered —
 * which starts the clocks: each finding becomes a rectification item of origin {@code TOUR_FINDING}, assigned on
 * the feedback day by the tour's body, due with the principal's reports. Read one, its findings, the list.
 */
@Service
public class Tours {

    /** Evidence files per finding, and per principal's report. */
    public static final int MAX_FILES = 20;

    private static final int LIST_LIMIT = 200;

    private final TourStore store;
    private final TourReader reader;
    private final TourFindings findings;
    private final RecordItems items;
    private final Rectifications rectifications;
    private final DepartmentDirectory departments;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final RectificationProperties itemClocks;
    private final TourProperties clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tours(
            TourStore store,
            TourReader reader,
            TourFindings findings,
            RecordItems items,
            Rectifications rectifications,
            DepartmentDirectory departments,
            RegionDirectory regions,
            DraftCheck drafts,
            RectificationProperties itemClocks,
            TourProperties clocks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.findings = findings;
        this.items = items;
        this.rectifications = rectifications;
        this.departments = departments;
        this.regions = regions;
        this.drafts = drafts;
        this.itemClocks = itemClocks;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    /** Why the actor may not run a tour of this kind, or empty (the page's offer asks the same). */
    public java.util.Optional<ForbiddenException> runRefusal(Actor actor, TourKind kind) {
        if (!actor.can(Permission.TOUR_RUN)) {
            return java.util.Optional.of(
                    new ForbiddenException("error.forbidden.permission", Permission.TOUR_RUN.code()));
        }
        var department = actor.departmentId() == null
                ? null
                : departments
                        .find(actor, actor.departmentId())
                        .map(d -> d.kind())
                        .orElse(null);
        return kind.refusal(RectificationAccess.leader(actor), department).map(ForbiddenException::new);
    }

    /** The kinds the actor may run (the page's choices). */
    public List<TourKind> kindsRun(Actor actor) {
        return java.util.Arrays.stream(TourKind.values())
                .filter(k -> runRefusal(actor, k).isEmpty())
                .toList();
    }

    @Transactional
    public TourView create(Actor actor, TourInputs.TourDraft draft) {
        drafts.check(draft);
        var kind = InputValues.code(TourKind.class, "kind", draft.kind());
        var refused = runRefusal(actor, kind);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var body = items.body(actor, kind.byPartyCommittee());
        var region = regions.require("targetRegionCode", draft.targetRegionCode());
        if (!body.region().contains(region.regionCode())) {
            throw new ForbiddenException("error.tour.outsideRegion", region.name());
        }
        var startsOn = InputValues.date("startsOn", draft.startsOn());
        var endsOn = InputValues.date("endsOn", draft.endsOn());
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "error.tour.endsBeforeStart");
        }
        if (endsOn.isAfter(startsOn.plusYears(1))) {
            throw new InvalidInputException("endsOn", "error.tour.tooLong");
        }
        var targets = new ArrayList<Party>();
        for (var given :
                draft.targets() == null ? List.<org.safeledger.rectification.Responsible>of() : draft.targets()) {
            targets.add(findings.target(actor, region.regionCode(), given));
        }
        var members = draft.members() == null
                ? List.<String>of()
                : draft.members().stream().map(String::strip).toList();
        var now = clock.instant();
        long id = store.insert(
                new TourRecord(
                        0,
                        kind,
                        draft.title().strip(),
                        body,
                        region.code(),
                        region.name(),
                        startsOn,
                        endsOn,
                        draft.leader().strip(),
                        members,
                        null,
                        actor.userId(),
                        0,
                        now),
                now);
        targets.forEach(t -> store.target(id, t));
        events.publishEvent(Audited.by(
                actor, "tour.create", "tour:" + id, Map.of("kind", kind.name(), "targetRegion", region.code())));
        return reader.view(actor, id);
    }

    public TourView get(Actor actor, long id) {
        return reader.view(actor, id);
    }

    /** The tours the actor stands to, newest first. */
    public List<TourView> list(Actor actor) {
        actor.require(Permission.TOUR_READ);
        var views = new ArrayList<TourView>();
        for (long id : reader.candidates(actor, LIST_LIMIT)) {
            try {
                views.add(reader.view(actor, id));
            } catch (org.safeledger.shared.NotFoundException hidden) {
                // a tour the actor does not stand to is not listed
            }
        }
        return views;
    }

    /** The findings the actor reads: all for the body and those above, a target's own after the feedback. */
    public List<FindingView> findings(Actor actor, long id) {
        return TourViews.findings(reader.seen(actor, id));
    }

    @Transactional
    public FindingView recordFinding(Actor actor, long id, TourInputs.FindingDraft draft) {
        return findings.record(actor, id, drafts.check(draft), List.of());
    }

    /** The phone page's finding: the files come with it and are stored only once nothing else refuses it. */
    @Transactional
    public FindingView recordFindingWithFiles(Actor actor, long id, TourInputs.FindingDraft draft, List<Upload> files) {
        return findings.record(actor, id, drafts.check(draft), files);
    }

    /**
     * The feedback: the clocks start on the day it was delivered — each finding becomes an item of its target,
     * assigned that day by the tour's body and due with the reports; the plan is due after the items' plan clock.
     */
    @Transactional
    public TourView feedback(Actor actor, long id, TourInputs.Feedback step) {
        drafts.check(step);
        var deliveredOn = InputValues.date("deliveredOn", step.deliveredOn());
        store.lock(id);
        var tour = reader.allowed(actor, id, TourAction.FEEDBACK).tour();
        if (tour.record().version() != step.version()) {
            throw new ConflictException("version", "error.tour.stale", id);
        }
        tour.feedback(deliveredOn, rectifications.today(), itemClocks.planWithin(), clocks);
        store.save(tour, step.version(), clock.instant());
        for (var f : tour.findings()) {
            var target = tour.target(f.targetId()).orElseThrow();
            long item = items.open(
                    actor,
                    new RecordItems.Opening(
                            Origin.TOUR_FINDING,
                            id,
                            f.title(),
                            f.description(),
                            target.party(),
                            tour.record().kind().byPartyCommittee(),
                            deliveredOn,
                            java.util.Objects.requireNonNull(tour.reportDue()),
                            null));
            store.linkItem(f.id(), item);
        }
        events.publishEvent(Audited.by(
                actor,
                "tour.feedback",
                "tour:" + id,
                Map.of(
                        "deliveredOn",
                        deliveredOn.toString(),
                        "findings",
                        tour.findings().size())));
        return reader.view(actor, id);
    }

    /** The attachments a reader of the tour may download: its findings' evidence and its targets' reports. */
    public boolean mayDownload(Actor actor, long id, long attachmentId) {
        var seen = reader.seen(actor, id);
        return seen.findings().stream().anyMatch(f -> f.evidenceIds().contains(attachmentId))
                || seen.targets().stream().anyMatch(t -> t.reportIds().contains(attachmentId));
    }
}
