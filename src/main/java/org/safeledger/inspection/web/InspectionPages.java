package org.safeledger.inspection.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.Frequency;
import org.safeledger.inspection.ResultEntry;
import org.safeledger.inspection.ScheduleDraft;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.shared.Sector;
import org.safeledger.standard.StandardsCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-inspection on the pages: the enterprise's runs, checklists and schedules (with missed periods); a new
 * checklist from clause numbers and custom lines; a run on a phone (one card per item, tri-state plus not
 * applicable, a note, photos); completing it; a non-compliant item to a hazard in one click.
 */
@Controller
class InspectionPages {

    private final Checklists checklists;
    private final org.safeledger.inspection.EnforcementRuns enforcementRuns;
    private final org.safeledger.inspection.ChecklistTemplates templates;
    private final org.safeledger.inspection.Schedules schedules;
    private final EnterpriseRegister enterprises;
    private final StandardsCatalogue standards;
    private final AttachmentStore attachments;
    private final AttachmentDownload downloads;
    private final MessageSource messages;

    InspectionPages(
            Checklists checklists,
            org.safeledger.inspection.EnforcementRuns enforcementRuns,
            org.safeledger.inspection.ChecklistTemplates templates,
            org.safeledger.inspection.Schedules schedules,
            EnterpriseRegister enterprises,
            StandardsCatalogue standards,
            AttachmentStore attachments,
            AttachmentDownload downloads,
            MessageSource messages) {
        this.checklists = checklists;
        this.enforcementRuns = enforcementRuns;
        this.templates = templates;
        this.schedules = schedules;
        this.enterprises = enterprises;
        this.standards = standards;
        this.attachments = attachments;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/inspections")
    String overview(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        actor.require(Permission.INSPECTION_READ);
        var enterprise = enterpriseId != null ? enterpriseId : actor.scope().enterpriseId();
        model.addAttribute("enterpriseId", enterprise);
        model.addAttribute("enterprise", enterprise == null ? null : enterprises.get(actor, enterprise));
        // the latest runs, narrowed as asked: text in the checklist, enterprise or place; outcome; self or enforcement
        var text = q == null ? "" : q.strip();
        model.addAttribute(
                "runs",
                checklists.runs(actor, enterprise).stream()
                        .filter(r -> text.isEmpty()
                                || (r.templateName() + " " + r.enterpriseName() + " " + r.place()).contains(text))
                        .filter(r -> outcome == null
                                || outcome.isBlank()
                                || ("IN_PROGRESS".equals(outcome)
                                        ? r.outcome() == null
                                        : r.outcome() != null
                                                && r.outcome().name().equals(outcome)))
                        .filter(r -> kind == null || kind.isBlank() || ("ENFORCEMENT".equals(kind) == r.enforcement()))
                        .toList());
        model.addAttribute("q", q);
        model.addAttribute("outcome", outcome);
        model.addAttribute("kind", kind);
        model.addAttribute("templates", templates.templates(actor, enterprise));
        model.addAttribute("schedules", schedules.schedules(actor, enterprise));
        return "inspection/overview";
    }

    @GetMapping("/inspections/checklists/new")
    String newTemplate(Actor actor, Model model) {
        actor.require(Permission.CHECKLIST_MANAGE);
        var form = new TemplateForm();
        form.setEnterpriseId(actor.scope().enterpriseId());
        model.addAttribute("form", form);
        return templatePage(actor, model, form);
    }

    @PostMapping("/inspections/checklists")
    String createTemplate(
            Actor actor,
            @ModelAttribute("form") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        actor.require(Permission.CHECKLIST_MANAGE);
        if (!result.hasErrors()) {
            try {
                var created = templates.createTemplate(actor, form.toDraft());
                redirect.addFlashAttribute("notice", "inspections.checklistCreated");
                return "redirect:/inspections/checklists/" + created.id();
            } catch (InvalidInputException | ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        return templatePage(actor, model, form);
    }

    private String templatePage(Actor actor, Model model, TemplateForm form) {
        model.addAttribute("enterprises", enterprises.choices(actor, form.getEnterpriseId()));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute(
                "standards",
                standards.versions().stream()
                        .filter(v -> v.effectiveTo() == null)
                        .toList());
        return "inspection/checklist-new";
    }

    @GetMapping("/inspections/checklists/{id}")
    String template(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("template", templates.template(actor, id));
        model.addAttribute(
                "enterprises", actor.scope().enterpriseId() != null ? List.of() : enterprises.choices(actor, null));
        model.addAttribute("frequencies", Frequency.values());
        return "inspection/checklist";
    }

    @PostMapping("/inspections/runs")
    String start(
            Actor actor,
            @RequestParam long templateId,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String place,
            Model model) {
        var enterprise = enterpriseId != null ? enterpriseId : actor.scope().enterpriseId();
        try {
            if (enterprise == null) {
                throw new InvalidInputException("enterpriseId", "error.field.required");
            }
            var run = checklists.start(actor, templateId, enterprise, place);
            return "redirect:/inspections/runs/" + run.id();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("startError", org.safeledger.platform.web.Refusals.text(messages, e));
            model.addAttribute("place", place);
            return template(actor, templateId, model);
        }
    }

    @PostMapping("/inspections/schedules")
    String schedule(
            Actor actor,
            @RequestParam long templateId,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam String frequency,
            @RequestParam(required = false) @Nullable String startsOn,
            Model model,
            RedirectAttributes redirect) {
        var enterprise = enterpriseId != null ? enterpriseId : actor.scope().enterpriseId();
        try {
            if (enterprise == null) {
                throw new InvalidInputException("enterpriseId", "error.field.required");
            }
            schedules.schedule(actor, new ScheduleDraft(enterprise, templateId, frequency, startsOn));
            redirect.addFlashAttribute("notice", "inspections.scheduled");
            return "redirect:/inspections?enterpriseId=" + enterprise;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("scheduleError", org.safeledger.platform.web.Refusals.text(messages, e));
            model.addAttribute("frequency", frequency);
            model.addAttribute("startsOn", startsOn);
            return template(actor, templateId, model);
        }
    }

    @GetMapping("/inspections/runs/{id}")
    String run(Actor actor, @PathVariable long id, Model model) {
        var run = checklists.run(actor, id);
        model.addAttribute("run", run);
        model.addAttribute(
                "hazardIds",
                run.results().stream()
                        .map(org.safeledger.inspection.ItemResult::hazardId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return "inspection/run";
    }

    @PostMapping("/inspections/runs/{id}/measures")
    String measures(
            Actor actor,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String measures,
            Model model,
            RedirectAttributes redirect) {
        try {
            enforcementRuns.recordMeasures(actor, id, version, measures);
            redirect.addFlashAttribute("notice", "inspections.saved");
            return "redirect:/inspections/runs/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return withError(actor, id, model, e, Map.of());
        }
    }

    /** Saves the run's form: per item {@code outcome-<id>} (or NOT_APPLICABLE), {@code note-<id>}, {@code photos-<id>}. */
    @PostMapping("/inspections/runs/{id}/results")
    String record(
            Actor actor,
            @PathVariable long id,
            @RequestParam int version,
            jakarta.servlet.http.HttpServletRequest request,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var run = checklists.run(actor, id);
        var entries = new ArrayList<ResultEntry>();
        // photos stored by this request (or carried from a refused one): kept for the next try if this one is refused
        var pending = new HashMap<Long, List<Long>>();
        try {
            for (var r : run.results()) {
                long itemId = r.item().id();
                var outcome = request.getParameter("outcome-" + itemId);
                var uploads = request instanceof MultipartHttpServletRequest multipart
                        ? multipart.getFiles("photos-" + itemId)
                        : List.<org.springframework.web.multipart.MultipartFile>of();
                if (outcome == null
                        && uploads.stream().allMatch(f -> f.isEmpty())
                        && request.getParameter("photoIds-" + itemId) == null) {
                    continue;
                }
                var photos = new ArrayList<>(r.photoIds());
                var added = new ArrayList<>(carriedPhotos(request.getParameter("photoIds-" + itemId)));
                for (var file : uploads) {
                    if (!file.isEmpty()) {
                        try (var in = file.getInputStream()) {
                            added.add(attachments
                                    .store(actor, in, file.getOriginalFilename())
                                    .id());
                        }
                    }
                }
                if (!added.isEmpty()) {
                    pending.put(itemId, added);
                }
                photos.addAll(added);
                boolean applicable = !"NOT_APPLICABLE".equals(outcome);
                entries.add(new ResultEntry(
                        itemId,
                        applicable,
                        applicable ? outcome : null,
                        request.getParameter("note-" + itemId),
                        photos));
            }
            checklists.record(actor, id, version, entries);
            redirect.addFlashAttribute("notice", "inspections.saved");
            return "redirect:/inspections/runs/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("pendingPhotos", pending);
            return withError(actor, id, model, e, request.getParameterMap());
        }
    }

    private static List<Long> carriedPhotos(@Nullable String ids) {
        var carried = new ArrayList<Long>();
        if (ids != null) {
            for (var id : ids.split(",")) {
                try {
                    if (!id.isBlank()) {
                        carried.add(Long.parseLong(id.strip()));
                    }
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("photoIds", "error.attachment.unknown");
                }
            }
        }
        return carried;
    }

    @PostMapping("/inspections/runs/{id}/complete")
    String complete(
            Actor actor, @PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            checklists.complete(actor, id, version);
            redirect.addFlashAttribute("notice", "inspections.completed");
            return "redirect:/inspections/runs/" + id;
        } catch (ConflictException e) {
            return withError(actor, id, model, e, Map.of());
        }
    }

    @PostMapping("/inspections/runs/{id}/items/{itemId}/hazard")
    String toHazard(
            Actor actor, @PathVariable long id, @PathVariable long itemId, Model model, RedirectAttributes redirect) {
        try {
            long hazardId = checklists.toHazard(actor, id, itemId);
            redirect.addFlashAttribute("notice", "inspections.hazardCreated");
            return "redirect:/hazards/" + hazardId;
        } catch (InvalidInputException | ConflictException e) {
            return withError(actor, id, model, e, Map.of());
        }
    }

    /** A photo of one of the run's results (the reader may see the run). */
    @GetMapping("/inspections/runs/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            Actor actor,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        var run = checklists.run(actor, id);
        if (run.results().stream().noneMatch(r -> r.photoIds().contains(fileId))) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, thumb);
    }

    private String withError(
            Actor actor, long id, Model model, SafeLedgerException e, Map<String, String[]> submitted) {
        model.addAttribute("runError", org.safeledger.platform.web.Refusals.text(messages, e));
        var values = new HashMap<String, String>();
        submitted.forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
        model.addAttribute("submitted", values);
        return run(actor, id, model);
    }
}
