package org.safeledger.inspection.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.inspection.ChecklistTemplate;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.InspectionRun;
import org.safeledger.inspection.ResultEntry;
import org.safeledger.inspection.Schedule;
import org.safeledger.inspection.ScheduleDraft;
import org.safeledger.inspection.TemplateDraft;
import org.safeledger.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checklists ({@code /api/v1/checklists}), self-inspection runs ({@code /api/v1/inspections}) with their results,
 * completion and the one-step conversion of a non-compliant item into a hazard, and recurring schedules with their
 * missed periods ({@code /api/v1/inspection-schedules}).
 */
@RestController
class InspectionApi {

    private final Checklists checklists;
    private final org.safeledger.inspection.EnforcementRuns enforcementRuns;
    private final org.safeledger.inspection.ChecklistTemplates templates;
    private final org.safeledger.inspection.Schedules schedules;
    private final org.safeledger.inspection.Draws draws;
    private final org.safeledger.inspection.Plans plans;

    InspectionApi(
            Checklists checklists,
            org.safeledger.inspection.EnforcementRuns enforcementRuns,
            org.safeledger.inspection.ChecklistTemplates templates,
            org.safeledger.inspection.Schedules schedules,
            org.safeledger.inspection.Draws draws,
            org.safeledger.inspection.Plans plans) {
        this.checklists = checklists;
        this.enforcementRuns = enforcementRuns;
        this.templates = templates;
        this.schedules = schedules;
        this.draws = draws;
        this.plans = plans;
    }

    /** The department's annual plan (department heads) → 201 with its progress. */
    @PostMapping("/api/v1/enforcement-plans")
    ResponseEntity<org.safeledger.inspection.Plan> plan(
            Actor actor, @RequestBody org.safeledger.inspection.PlanDraft draft) {
        var plan = plans.create(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/enforcement-plans/" + plan.year()))
                .body(plan);
    }

    /** The department's plan of the year and its progress (lines, per inspector). */
    @GetMapping("/api/v1/enforcement-plans/{year}")
    org.safeledger.inspection.Plan planOf(Actor actor, @PathVariable int year) {
        return plans.get(actor, year)
                .orElseThrow(() -> new org.safeledger.shared.NotFoundException("error.inspection.noPlan", year));
    }

    record Classification(@Nullable String supervisionClass) {}

    /** An enterprise's supervision class (KEY or GENERAL), set by a regulator in scope. */
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/supervision-classes/{enterpriseId}")
    ResponseEntity<Void> classify(Actor actor, @PathVariable long enterpriseId, @RequestBody Classification body) {
        plans.classify(actor, enterpriseId, body.supervisionClass() == null ? "" : body.supervisionClass());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/checklists")
    List<ChecklistTemplate> templates(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId) {
        return templates.templates(actor, enterpriseId);
    }

    @PostMapping("/api/v1/checklists")
    ResponseEntity<ChecklistTemplate> createTemplate(Actor actor, @RequestBody TemplateDraft draft) {
        var created = templates.createTemplate(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/checklists/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/checklists/{id}")
    ChecklistTemplate template(Actor actor, @PathVariable long id) {
        return templates.template(actor, id);
    }

    record Start(
            @Nullable Long templateId,
            @Nullable Long enterpriseId,
            @Nullable String place) {}

    @PostMapping("/api/v1/inspections")
    ResponseEntity<InspectionRun> start(Actor actor, @RequestBody Start start) {
        if (start.templateId() == null) {
            throw new org.safeledger.shared.InvalidInputException("templateId", "error.field.required");
        }
        if (start.enterpriseId() == null) {
            throw new org.safeledger.shared.InvalidInputException("enterpriseId", "error.field.required");
        }
        var run = checklists.start(actor, start.templateId(), start.enterpriseId(), start.place());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/v1/inspections")
    List<InspectionRun> runs(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId) {
        return checklists.runs(actor, enterpriseId);
    }

    @GetMapping("/api/v1/inspections/{id}")
    InspectionRun run(Actor actor, @PathVariable long id) {
        return checklists.run(actor, id);
    }

    record Results(@Nullable Integer version, @Nullable List<ResultEntry> results) {}

    /** {@code {version, results: [{itemId, applicable?, outcome, note?, photoIds?}]}}: some or all items. */
    @PutMapping("/api/v1/inspections/{id}/results")
    InspectionRun record(Actor actor, @PathVariable long id, @RequestBody Results body) {
        return checklists.record(
                actor, id, version(body.version()), body.results() == null ? List.of() : body.results());
    }

    record Version(@Nullable Integer version) {}

    @PostMapping("/api/v1/inspections/{id}/complete")
    InspectionRun complete(Actor actor, @PathVariable long id, @RequestBody Version body) {
        return checklists.complete(actor, id, version(body.version()));
    }

    /** A non-compliant item becomes a hazard (major when the item is a clause) → 201 {@code {hazardId}}. */
    @PostMapping("/api/v1/inspections/{id}/items/{itemId}/hazard")
    ResponseEntity<Map<String, Long>> toHazard(Actor actor, @PathVariable long id, @PathVariable long itemId) {
        long hazardId = checklists.toHazard(actor, id, itemId);
        return ResponseEntity.created(URI.create("/api/v1/hazards/" + hazardId)).body(Map.of("hazardId", hazardId));
    }

    /** A law-enforcement inspection starts on site → 201 (mode, team, the draw it carries out). */
    @PostMapping("/api/v1/inspections/enforcement")
    ResponseEntity<InspectionRun> startEnforcement(
            Actor actor, @RequestBody org.safeledger.inspection.EnforcementStart start) {
        var run = enforcementRuns.startEnforcement(actor, start);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + run.id()))
                .body(run);
    }

    record Measures(@Nullable Integer version, @Nullable String measures) {}

    /** The on-site measures taken (停止作业、撤出人员 …), while the inspection is in progress. */
    @PutMapping("/api/v1/inspections/{id}/measures")
    InspectionRun measures(Actor actor, @PathVariable long id, @RequestBody Measures body) {
        return enforcementRuns.recordMeasures(actor, id, version(body.version()), body.measures());
    }

    @PostMapping("/api/v1/inspection-draws")
    ResponseEntity<org.safeledger.inspection.Draw> draw(
            Actor actor, @RequestBody org.safeledger.inspection.DrawRequest request) {
        var draw = draws.draw(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/inspection-draws/" + draw.id()))
                .body(draw);
    }

    @GetMapping("/api/v1/inspection-draws")
    List<org.safeledger.inspection.Draw> draws(Actor actor) {
        return draws.list(actor);
    }

    @GetMapping("/api/v1/inspection-draws/{id}")
    org.safeledger.inspection.Draw drawOf(Actor actor, @PathVariable long id) {
        return draws.get(actor, id);
    }

    /** Re-runs the draw: {@code {reproducible, resultMatches, poolMatches, addedToPool, removedFromPool}}. */
    @GetMapping("/api/v1/inspection-draws/{id}/verify")
    org.safeledger.inspection.Draws.Verification verify(Actor actor, @PathVariable long id) {
        return draws.verify(actor, id);
    }

    @GetMapping("/api/v1/inspection-schedules")
    List<Schedule> schedules(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId) {
        return schedules.schedules(actor, enterpriseId);
    }

    @PostMapping("/api/v1/inspection-schedules")
    ResponseEntity<Schedule> schedule(Actor actor, @RequestBody ScheduleDraft draft) {
        var created = schedules.schedule(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/inspection-schedules/" + created.id()))
                .body(created);
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new org.safeledger.shared.InvalidInputException("version", "error.field.required");
        }
        return version;
    }
}
