package org.safeledger.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentInvestigations;
import org.safeledger.accident.AccidentRegister;
import org.safeledger.accident.Investigation;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.TemplateDraft;
import org.safeledger.org.EnterpriseFilter;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.MineType;
import org.safeledger.org.RegionDirectory;
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
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learn from one example (举一反三): from an accident (its causes and the investigation's recommendations, or its
 * course while there are none yet) or a major hazard (its finding and the clauses it cites), a checklist for the
 * region, and every enterprise of the region in the same sector (and of the same mine type) as a target; their
 * principals are told; progress is read from their runs of the checklist.
 */
@Service
public class Lessons {

    private static final int MAX_TARGETS = 100_000;

    private final LessonStore store;
    private final AccidentRegister accidents;
    private final AccidentInvestigations investigations;
    private final HazardLedger hazards;
    private final Checklists checklists;
    private final org.safeledger.inspection.ChecklistTemplates templates;
    private final EnterpriseRegister enterprises;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Lessons(
            LessonStore store,
            AccidentRegister accidents,
            AccidentInvestigations investigations,
            HazardLedger hazards,
            Checklists checklists,
            org.safeledger.inspection.ChecklistTemplates templates,
            EnterpriseRegister enterprises,
            RegionDirectory regions,
            DraftCheck drafts,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.accidents = accidents;
        this.investigations = investigations;
        this.hazards = hazards;
        this.checklists = checklists;
        this.templates = templates;
        this.enterprises = enterprises;
        this.regions = regions;
        this.drafts = drafts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What the lesson is drawn from: its enterprise, sector, title and the checklist's items. */
    private record Source(
            long enterpriseId,
            Sector sector,
            String title,
            List<String> items,
            @Nullable String standardCode,
            @Nullable String clauseNumbers) {}

    @Transactional
    public LessonRollout launch(Actor actor, LessonDraft draft) {
        actor.require(Permission.LESSON_LAUNCH);
        drafts.check(draft);
        if ((draft.accidentId() == null) == (draft.hazardId() == null)) {
            throw new InvalidInputException("accidentId", "error.lesson.oneSource");
        }
        var source = draft.accidentId() != null
                ? fromAccident(actor, draft.accidentId())
                : fromHazard(actor, draft.hazardId());
        var region = draft.regionCode() == null || draft.regionCode().isBlank()
                ? actor.scope().region()
                : regions.require("regionCode", draft.regionCode().strip()).regionCode();
        if (!actor.scope().region().contains(region)) {
            throw new ForbiddenException("error.scope.region", region.value());
        }
        var sector = draft.sector() == null || draft.sector().isBlank()
                ? source.sector()
                : Sector.fromCode(draft.sector().strip())
                        .orElseThrow(() -> new InvalidInputException("sector", "error.sector.unknown", draft.sector()));
        MineType mineType;
        if (draft.mineType() == null) {
            mineType = enterprises.get(actor, source.enterpriseId()).mineType();
        } else if (draft.mineType().isBlank()) {
            mineType = null; // every mine type asked for
        } else {
            mineType = InputValues.code(
                    MineType.class, "mineType", draft.mineType().strip());
        }
        var deadline = InputValues.date("deadline", draft.deadline());
        var today = LocalDate.now(clock.withZone(properties.zone()));
        if (!deadline.isAfter(today)) {
            throw new InvalidInputException("deadline", "error.enforcement.deadlinePast");
        }
        if (deadline.isAfter(today.plusYears(1))) {
            throw new InvalidInputException("deadline", "error.enforcement.deadlineFar");
        }
        var targets = targets(actor, region, sector, mineType, source.enterpriseId());
        if (targets.isEmpty()) {
            throw new InvalidInputException("regionCode", "error.lesson.noTargets");
        }
        var items = new ArrayList<>(source.items());
        if (draft.extraItems() != null) {
            draft.extraItems().stream()
                    .filter(i -> i != null && !i.isBlank())
                    .map(String::strip)
                    .forEach(items::add);
        }
        var title = draft.title() == null || draft.title().isBlank()
                ? source.title()
                : draft.title().strip();
        var template = templates.createLessonTemplate(
                actor,
                new TemplateDraft(
                        shorten(title, 100),
                        sector.name(),
                        null,
                        source.standardCode(),
                        source.clauseNumbers(),
                        items.stream().map(i -> shorten(i, 500)).toList()),
                region);
        var now = clock.instant();
        long id = store.insert(
                title,
                draft.accidentId(),
                draft.hazardId(),
                template.id(),
                region.value(),
                sector.name(),
                mineType == null ? null : mineType.name(),
                deadline,
                now,
                actor.userId());
        store.insertTargets(id, targets);
        events.publishEvent(new LessonLaunched(id, title, targets, region.value(), deadline, now));
        events.publishEvent(Audited.by(
                actor,
                "lesson.launch",
                "lesson-rollout:" + id,
                Map.of("title", title, "region", region.value(), "sector", sector, "targets", targets.size())));
        return get(actor, id);
    }

    public LessonRollout get(Actor actor, long id) {
        actor.require(Permission.INSPECTION_READ);
        var row = store.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.lesson.notFound", id));
        return assemble(row, actor.scope());
    }

    public List<LessonRollout> list(Actor actor) {
        actor.require(Permission.INSPECTION_READ);
        return store.list(actor.scope(), 100).stream()
                .map(r -> assemble(r, actor.scope()))
                .toList();
    }

    /**
     * The roll-outs still open for the reader: their deadline not passed and, for an enterprise, its own check not
     * done yet (the home page's number and the list's {@code ?open=true}).
     */
    public List<LessonRollout> open(Actor actor) {
        var today = java.time.LocalDate.now(clock.withZone(properties.zone()));
        var enterpriseId = actor.scope().enterpriseId();
        return list(actor).stream().filter(r -> r.openOn(today, enterpriseId)).toList();
    }

    private LessonRollout assemble(LessonStore.Row row, org.safeledger.shared.DataScope scope) {
        var targetRows = store.targets(row.id(), scope);
        var tallies = templates.tallies(
                row.templateId(),
                targetRows.stream().map(LessonStore.TargetRow::enterpriseId).toList());
        var targets = new ArrayList<LessonRollout.Target>();
        var perRegion = new LinkedHashMap<String, long[]>();
        for (var t : targetRows) {
            var tally = tallies.getOrDefault(
                    t.enterpriseId(), org.safeledger.inspection.ChecklistTemplates.RunTally.none(t.enterpriseId()));
            var target = new LessonRollout.Target(
                    t.enterpriseId(),
                    t.enterpriseName(),
                    t.regionCode(),
                    tally.completed(),
                    tally.open(),
                    tally.nonCompliant(),
                    tally.hazards());
            targets.add(target);
            var sums = perRegion.computeIfAbsent(t.regionCode(), k -> new long[4]);
            sums[0]++;
            sums[1] += target.checked() ? 1 : 0;
            sums[2] += target.nonCompliant() > 0 ? 1 : 0;
            sums[3] += target.hazards();
        }
        var regionProgress = perRegion.entrySet().stream()
                .map(e -> new LessonRollout.RegionProgress(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new LessonRollout(
                row.id(),
                row.title(),
                row.accidentId(),
                row.hazardId(),
                row.templateId(),
                row.regionCode(),
                row.sector(),
                row.mineType(),
                row.deadline(),
                row.launchedAt(),
                row.launchedBy(),
                targets,
                regionProgress);
    }

    /** The similar enterprises: of the region subtree in the sector (of the mine type when given), not the source. */
    private List<Long> targets(
            Actor actor, RegionCode region, Sector sector, @Nullable MineType mineType, long sourceEnterpriseId) {
        var ids = new ArrayList<Long>();
        var filter = new EnterpriseFilter(region.value(), sector.name(), null);
        for (int page = 0; ; page++) {
            var found = enterprises.list(actor, filter, new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().stream()
                    .filter(e -> e.id() != sourceEnterpriseId)
                    .filter(e -> mineType == null || mineType == e.mineType())
                    .forEach(e -> ids.add(e.id()));
            if (found.items().size() < PageRequest.MAX_SIZE || ids.size() > MAX_TARGETS) {
                break;
            }
        }
        if (ids.size() > MAX_TARGETS) {
            throw new InvalidInputException("regionCode", "error.lesson.tooMany", MAX_TARGETS);
        }
        return ids;
    }

    private Source fromAccident(Actor actor, long accidentId) {
        var accident = accidents.get(actor, accidentId);
        var items = new ArrayList<String>();
        var investigation = investigations.find(actor, accidentId).orElse(null);
        if (investigation != null && investigation.directCause() != null) {
            items.add("是否存在与事故直接原因相同或类似的情形：" + investigation.directCause());
            for (var cause : causes(investigation.indirectCauses())) {
                items.add("是否存在：" + cause);
            }
        } else {
            items.add("是否存在与该事故类似的情形：" + accident.summary());
        }
        if (investigation != null) {
            investigation.items().stream()
                    .filter(i -> i.kind() == Investigation.ItemKind.RECOMMENDATION)
                    .forEach(i -> items.add("是否已落实防范措施：" + i.text()));
        }
        return new Source(
                accident.enterpriseId(),
                Sector.valueOf(accident.sector()),
                "举一反三：" + accident.enterpriseName() + "事故警示检查",
                items,
                null,
                null);
    }

    private Source fromHazard(Actor actor, long hazardId) {
        var entry = hazards.get(actor, hazardId);
        var hazard = entry.hazard();
        if (hazard.grade() != HazardGrade.MAJOR) {
            throw new ConflictException("hazardId", "error.lesson.notMajor", hazardId);
        }
        var citations = hazards.citations(entry);
        String standard = citations.isEmpty() ? null : citations.get(0).standardCode();
        var numbers = citations.stream()
                .filter(c -> c.standardCode().equals(standard))
                .map(org.safeledger.hazard.Citation::number)
                .distinct()
                .toList();
        return new Source(
                hazard.enterpriseId(),
                hazard.sector(),
                "举一反三：" + hazard.title(),
                List.of("是否存在同类重大事故隐患：" + hazard.title() + "（" + hazard.description() + "）"),
                standard,
                numbers.isEmpty() ? null : String.join(",", numbers));
    }

    /** The indirect causes one by one (lines, or sentences ended by 。；;). */
    private static List<String> causes(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[\\n；;。]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
