package org.safeledger.accountability.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accountability.SummonsInputs;
import org.safeledger.accountability.SummonsRegister;
import org.safeledger.accountability.SummonsTrigger;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.Upload;
import org.safeledger.platform.web.Refusals;
import org.safeledger.rectification.PartyChoices;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.SafeLedgerException;
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
 * Summons as pages: the list, recording one (whom, why, when, the minutes, up to {@link #ROWS} measures; a row left
 * blank is no measure), one summons with its measures' items and, for the summoned, the written report's form.
 */
@Controller
class SummonsPages {

    static final int ROWS = 5;

    private final SummonsRegister summons;
    private final PartyChoices parties;
    private final Rectifications rectifications;
    private final AttachmentDownload downloads;
    private final MessageSource messages;
    private final org.safeledger.accountability.SummonsTriggers triggers;
    private final FactLines lines;

    SummonsPages(
            SummonsRegister summons,
            PartyChoices parties,
            Rectifications rectifications,
            AttachmentDownload downloads,
            MessageSource messages,
            org.safeledger.accountability.SummonsTriggers triggers,
            FactLines lines) {
        this.triggers = triggers;
        this.lines = lines;
        this.summons = summons;
        this.parties = parties;
        this.rectifications = rectifications;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/summons")
    String list(Actor actor, java.util.Locale locale, Model model) {
        model.addAttribute("summonses", summons.list(actor));
        boolean mayRecord = summons.mayRecord(actor);
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord && !actor.scope().region().equals(org.safeledger.shared.RegionCode.COUNTRY)) {
            var met = triggers.of(actor, actor.scope().region().value());
            model.addAttribute("triggersMet", met);
            var facts = met.stream()
                    .map(c -> c.facts().stream().map(f -> lines.fact(f, locale)).toList())
                    .toList();
            model.addAttribute("triggerLines", facts);
            // the form opens only on a government the reader may summon (assign items to): the server's rule
            model.addAttribute(
                    "maySummon",
                    met.stream()
                            .map(c -> org.safeledger.rectification.RectificationAccess.assignRefusal(
                                            actor,
                                            org.safeledger.responsibility.ResponsibleKind.GOVERNMENT,
                                            null,
                                            c.regionCode(),
                                            new org.safeledger.shared.RegionCode(c.regionCode()))
                                    .isEmpty())
                            .toList());
            // the reason the form starts from: the trigger and its facts, as the list shows them
            model.addAttribute(
                    "triggerReasons",
                    java.util.stream.IntStream.range(0, met.size())
                            .mapToObj(i -> messages.getMessage(
                                            "summonsTrigger." + met.get(i).trigger(), null, locale)
                                    + "："
                                    + String.join(
                                            "；",
                                            facts.get(i).stream()
                                                    .map(FactLines.Line::text)
                                                    .toList()))
                            .toList());
        }
        return "summons/list";
    }

    /** The form, filled in from a trigger the list offers ({@code subject}, {@code trigger}, {@code reason}). */
    @GetMapping("/summons/new")
    String form(
            Actor actor, @org.springframework.web.bind.annotation.RequestParam Map<String, String> from, Model model) {
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", from);
        }
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        if (!summons.mayRecord(actor)) {
            throw new ForbiddenException("error.summons.notBody");
        }
        model.addAttribute("triggers", SummonsTrigger.values());
        model.addAttribute("parties", parties.of(actor));
        model.addAttribute(
                "rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("today", rectifications.today());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "summons/new";
    }

    @PostMapping("/summons")
    String record(
            Actor actor,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "minutes", required = false) @Nullable List<MultipartFile> minutes,
            Model model,
            RedirectAttributes redirect) {
        try {
            var measures = new ArrayList<SummonsInputs.Measure>();
            for (int k = 0; k < ROWS; k++) {
                var title = f.getOrDefault("measure" + k, "").strip();
                if (!title.isEmpty()) {
                    measures.add(new SummonsInputs.Measure(title, f.getOrDefault("deadline" + k, "")));
                }
            }
            var files = Upload.of(minutes);
            var held = summons.record(
                    actor,
                    new SummonsInputs(
                            Responsible.parse("subject", f.getOrDefault("subject", "")),
                            f.getOrDefault("trigger", ""),
                            f.getOrDefault("reason", ""),
                            f.getOrDefault("heldOn", ""),
                            null,
                            measures),
                    files.isEmpty() ? null : files.get(0));
            redirect.addFlashAttribute("notice", "summons.recorded");
            return "redirect:/summons/" + held.id();
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", f);
            return form(actor, model);
        }
    }

    @GetMapping("/summons/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("summons", summons.get(actor, id));
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "summons/show";
    }

    @PostMapping("/summons/{id}/report")
    String report(
            Actor actor,
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "reportFiles", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        try {
            var version = f.getOrDefault("version", "");
            summons.report(
                    actor,
                    id,
                    new SummonsInputs.Report(
                            version.matches("\\d{1,9}") ? Integer.valueOf(version) : null,
                            f.getOrDefault("report", ""),
                            List.of()),
                    Upload.of(files));
            redirect.addFlashAttribute("notice", "summons.reported");
            return "redirect:/summons/" + id;
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", f);
            return show(actor, id, model);
        }
    }

    @GetMapping("/summons/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id, @PathVariable long fileId) {
        if (!summons.mayDownload(actor, id, fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, false);
    }
}
