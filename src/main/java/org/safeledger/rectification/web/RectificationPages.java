package org.safeledger.rectification.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.platform.web.Refusals;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.PartyChoices;
import org.safeledger.rectification.RectificationAction;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Standing;
import org.safeledger.rectification.Steps;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.shared.loop.SupervisionColour;
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
 * Rectification items as pages, phone first: the ledger (with "I answer for" and "I assigned"), assigning one, and
 * one item with its timeline and a form for each step the reader may take now (the API's availableActions).
 */
@Controller
class RectificationPages {

    private static final int PAGE_SIZE = 20;

    private final Rectifications rectifications;
    private final PartyChoices parties;
    private final AttachmentStore attachments;
    private final AttachmentDownload downloads;
    private final MessageSource messages;

    RectificationPages(
            Rectifications rectifications,
            PartyChoices parties,
            AttachmentStore attachments,
            AttachmentDownload downloads,
            MessageSource messages) {
        this.rectifications = rectifications;
        this.parties = parties;
        this.attachments = attachments;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/rectifications")
    String list(
            Actor actor,
            @RequestParam(required = false) @Nullable String origin,
            @RequestParam(required = false) @Nullable String responsibleKind,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable String supervision,
            @RequestParam(required = false) @Nullable String standing,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var query = new RectificationQuery(origin, responsibleKind, regionCode, status, overdue, supervision, standing);
        model.addAttribute("query", query);
        model.addAttribute(
                "result", rectifications.list(actor, query.filter(), new PageRequest(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("origins", Origin.values());
        model.addAttribute("kinds", ResponsibleKind.values());
        model.addAttribute("statuses", RectificationStatus.values());
        model.addAttribute("colours", SupervisionColour.values());
        model.addAttribute("standings", List.of(Standing.RESPONSIBLE, Standing.ASSIGNER));
        model.addAttribute("mayAssign", rectifications.mayAssign(actor));
        return "rectification/list";
    }

    /** The form, filled in from where it was opened (e.g. a scorecard's suggestion letter: origin, responsible, title). */
    @GetMapping("/rectifications/new")
    String form(Actor actor, @RequestParam Map<String, String> from, Model model) {
        if (model.getAttribute("entered") == null) {
            model.addAttribute("entered", from);
        }
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        if (!rectifications.mayAssign(actor)) {
            throw new org.safeledger.shared.ForbiddenException("error.rectification.noAssigningBody");
        }
        model.addAttribute("origins", Origin.values());
        model.addAttribute("parties", parties.of(actor));
        model.addAttribute("today", rectifications.today());
        model.addAttribute("entered", model.getAttribute("entered") == null ? Map.of() : model.getAttribute("entered"));
        return "rectification/new";
    }

    @PostMapping("/rectifications")
    String open(Actor actor, @RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect) {
        try {
            var item = rectifications.open(actor, parties.draft(fields));
            redirect.addFlashAttribute("notice", "rectification.assigned");
            return "redirect:/rectifications/" + item.id();
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return form(actor, model);
        }
    }

    @GetMapping("/rectifications/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var item = rectifications.get(actor, id);
        model.addAttribute("item", item);
        model.addAttribute("timeline", rectifications.events(actor, id));
        model.addAttribute("files", attachments.findAll(item.attachmentIds()));
        model.addAttribute("maxFiles", Rectifications.MAX_FILES);
        model.addAttribute("answerWithin", rectifications.extensionAnswerWithin());
        model.addAttribute("today", rectifications.today());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "rectification/show";
    }

    @PostMapping("/rectifications/{id}/actions/{action}")
    String act(
            Actor actor,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "evidenceFiles", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        var step = java.util.Arrays.stream(RectificationAction.values())
                .filter(a -> a.path().equals(action))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.rectification.action", action));
        try {
            take(actor, id, step, fields, files);
            redirect.addFlashAttribute("notice", "rectification.done." + step.name());
            return "redirect:/rectifications/" + id;
        } catch (SafeLedgerException e) {
            model.addAttribute("failedAction", step.path());
            model.addAttribute("actionError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return show(actor, id, model);
        }
    }

    private void take(
            Actor actor,
            long id,
            RectificationAction step,
            Map<String, String> f,
            @Nullable List<MultipartFile> files) {
        Integer version = f.get("version") == null || !f.get("version").matches("\\d{1,9}")
                ? null
                : Integer.valueOf(f.get("version"));
        switch (step) {
            case PLAN -> rectifications.plan(actor, id, new Steps.Plan(version, text(f, "plan"), text(f, "measures")));
            case PROGRESS -> rectifications.progress(actor, id, new Steps.Progress(version, text(f, "note")));
            case SUBMIT ->
                rectifications.submitWithFiles(
                        actor,
                        id,
                        new Steps.Submit(version, text(f, "evidence"), List.of()),
                        org.safeledger.attachment.Upload.of(files));
            case ACCEPT -> rectifications.accept(actor, id, new Steps.Accept(version, text(f, "opinion")));
            case REJECT -> rectifications.reject(actor, id, new Steps.Reject(version, text(f, "reason")));
            case EXTEND ->
                rectifications.extend(
                        actor,
                        id,
                        new Steps.Extend(version, text(f, "newDeadline"), text(f, "reason"), text(f, "progress")));
            case GRANT_EXTENSION ->
                rectifications.grantExtension(actor, id, new Steps.GrantExtension(version, text(f, "opinion")));
            case DENY_EXTENSION ->
                rectifications.denyExtension(actor, id, new Steps.DenyExtension(version, text(f, "reason")));
            case REOPEN ->
                rectifications.reopen(actor, id, new Steps.Reopen(version, text(f, "newDeadline"), text(f, "reason")));
        }
    }

    @GetMapping("/rectifications/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            Actor actor,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        if (!rectifications.get(actor, id).attachmentIds().contains(fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, thumb);
    }

    private static String text(Map<String, String> fields, String name) {
        var value = fields.get(name);
        return value == null ? "" : value;
    }
}
