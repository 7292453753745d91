package org.safeledger.tipoff.web;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.shared.Sector;
import org.safeledger.tipoff.TipOffAction;
import org.safeledger.tipoff.TipOffInputs;
import org.safeledger.tipoff.TipOffTriage;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage as pages: the list, one tip-off with its photos and contact, and a form for each step the reader may
 * take now (the API's availableActions). A refused step shows the page again with the reason and what was entered.
 */
@Controller
class TipOffPages {

    private final TipOffTriage triage;
    private final AttachmentDownload downloads;
    private final MessageSource messages;

    TipOffPages(TipOffTriage triage, AttachmentDownload downloads, MessageSource messages) {
        this.triage = triage;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/tip-offs")
    String list(Actor actor, Model model) {
        model.addAttribute("tipOffs", triage.list(actor));
        return "tipoff/list";
    }

    @GetMapping("/tip-offs/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var tipOff = triage.get(actor, id);
        model.addAttribute("tipOff", tipOff);
        if (tipOff.offers(TipOffAction.OPEN_HAZARD.path())) {
            model.addAttribute("enterprises", triage.enterprises(actor, id));
        }
        model.addAttribute("sectors", Sector.values());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "tipoff/show";
    }

    @PostMapping("/tip-offs/{id}/{step}")
    String act(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        var action = TipOffAction.fromPath(step)
                .orElseThrow(() -> new NotFoundException("error.tipoff.notFound", String.valueOf(id)));
        try {
            take(actor, id, action, fields);
            redirect.addFlashAttribute("notice", "tipoff.done");
            return "redirect:/tip-offs/" + id;
        } catch (SafeLedgerException e) {
            model.addAttribute("failedStep", step);
            model.addAttribute("stepError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return show(actor, id, model);
        }
    }

    @GetMapping("/tip-offs/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> photo(
            Actor actor,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        if (!triage.mayDownload(actor, id, fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, thumb);
    }

    private void take(Actor actor, long id, TipOffAction action, Map<String, String> f) {
        var version = integer("version", f.get("version"));
        switch (action) {
            case OPEN_HAZARD ->
                triage.openHazard(
                        actor,
                        id,
                        new TipOffInputs.OpenHazard(
                                version,
                                f.get("enterpriseId") == null
                                                || f.get("enterpriseId").isBlank()
                                        ? null
                                        : (long) integer("enterpriseId", f.get("enterpriseId")),
                                f.get("sector"),
                                f.get("title")));
            case ORDER_INSPECTION ->
                triage.orderInspection(actor, id, new TipOffInputs.OrderInspection(version, f.get("note")));
            case REJECT -> triage.reject(actor, id, new TipOffInputs.Reject(version, f.get("reason")));
            case REWARD ->
                triage.reward(
                        actor,
                        id,
                        new TipOffInputs.Reward(version, f.get("decision"), amount(f.get("amount")), f.get("reason")));
        }
    }

    private static @Nullable Integer integer(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.tipoff.number");
        }
    }

    private static @Nullable BigDecimal amount(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "error.tipoff.number");
        }
    }
}
