package org.safeledger.tour.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.attachment.Upload;
import org.safeledger.platform.web.Refusals;
import org.safeledger.rectification.PartyChoices;
import org.safeledger.rectification.Rectifications;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.tour.TourFollowUp;
import org.safeledger.tour.Tours;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tours as pages, phone first: the list, a new tour, and one tour with its progress per target, its findings and
 * a form for each step the reader may take now (the API's availableActions): record a finding with photos on
 * site, deliver the feedback, file a principal's report, draw a sample and verify it, publish, conclude.
 */
@Controller
class TourPages {

    private final Tours tours;
    private final TourFollowUp followUp;
    private final TourForms forms;
    private final PartyChoices parties;
    private final Rectifications rectifications;
    private final AttachmentStore attachments;
    private final AttachmentDownload downloads;
    private final MessageSource messages;

    TourPages(
            Tours tours,
            TourFollowUp followUp,
            TourForms forms,
            PartyChoices parties,
            Rectifications rectifications,
            AttachmentStore attachments,
            AttachmentDownload downloads,
            MessageSource messages) {
        this.tours = tours;
        this.followUp = followUp;
        this.forms = forms;
        this.parties = parties;
        this.rectifications = rectifications;
        this.attachments = attachments;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/tours")
    String list(Actor actor, Model model) {
        model.addAttribute("tours", tours.list(actor));
        model.addAttribute("mayRun", !tours.kindsRun(actor).isEmpty());
        return "tour/list";
    }

    @GetMapping("/tours/new")
    String form(Actor actor, Model model) {
        var kinds = tours.kindsRun(actor);
        if (kinds.isEmpty()) {
            throw new ForbiddenException("error.tour.leadersRun");
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("today", rectifications.today());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "tour/new";
    }

    @PostMapping("/tours")
    String create(Actor actor, @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        try {
            var tour = tours.create(actor, TourForms.draft(fields));
            redirect.addFlashAttribute("notice", "tour.created");
            return "redirect:/tours/" + tour.id();
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return form(actor, model);
        }
    }

    @GetMapping("/tours/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var tour = tours.get(actor, id);
        model.addAttribute("tour", tour);
        var findings = tours.findings(actor, id);
        model.addAttribute("findings", findings);
        if (tour.offers("record_finding")) {
            model.addAttribute(
                    "parties",
                    parties.of(actor, new RegionCode(tour.targetRegion().code())));
            model.addAttribute("mayOpenHazard", actor.can(Permission.HAZARD_REPORT));
        }
        var fileIds = new java.util.ArrayList<Long>();
        findings.forEach(f -> fileIds.addAll(f.attachmentIds()));
        tour.targets().forEach(t -> fileIds.addAll(t.reportAttachmentIds()));
        var files = new java.util.HashMap<Long, org.safeledger.attachment.Attachment>();
        attachments.findAll(fileIds).forEach(a -> files.put(a.id(), a));
        model.addAttribute("fileIndex", files);
        model.addAttribute("maxFiles", Tours.MAX_FILES);
        model.addAttribute("today", rectifications.today());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "tour/show";
    }

    /** Each step's form posts here; a refused step shows the page again with the reason and what was entered. */
    @PostMapping("/tours/{id}/{step}")
    String act(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        if (!Arrays.asList("findings", "feedback", "principal-report", "samples", "publish", "conclude")
                .contains(step)) {
            throw new NotFoundException("error.tour.notFound", id);
        }
        try {
            var notice = forms.take(actor, id, step, fields, Upload.of(files));
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/tours/" + id;
        } catch (SafeLedgerException e) {
            model.addAttribute("failedStep", step);
            model.addAttribute("stepError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return show(actor, id, model);
        }
    }

    @GetMapping("/tours/{id}/samples/{sampleId}/verify")
    String verify(Actor actor, @PathVariable long id, @PathVariable long sampleId, RedirectAttributes redirect) {
        var verification = followUp.verify(actor, id, sampleId);
        redirect.addFlashAttribute("verified", sampleId);
        redirect.addFlashAttribute("verification", verification);
        return "redirect:/tours/" + id + "#sample-" + sampleId;
    }

    @GetMapping("/tours/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            Actor actor,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        if (!tours.mayDownload(actor, id, fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, thumb);
    }
}
