package org.safeledger.responsibility.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.Upload;
import org.safeledger.org.RegionNames;
import org.safeledger.platform.web.Refusals;
import org.safeledger.responsibility.Duties;
import org.safeledger.responsibility.DutyInputs;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
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
 * The duty list as a page: a region's duties as of a day, each window performed (with its records), missed or
 * open, the idling signals they give, and for a duty's holder a form to record it with its evidence.
 */
@Controller
class DutyPages {

    private final Duties duties;
    private final ResponsibilityMatrix matrix;
    private final RegionNames regions;
    private final MessageSource messages;
    private final AttachmentDownload downloads;

    DutyPages(
            Duties duties,
            ResponsibilityMatrix matrix,
            RegionNames regions,
            MessageSource messages,
            AttachmentDownload downloads) {
        this.downloads = downloads;
        this.duties = duties;
        this.matrix = matrix;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/duties")
    String show(
            Actor actor,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String asOf,
            Model model) {
        var code = region == null || region.isBlank() ? regions.home(actor) : region.strip();
        var board = duties.board(actor, code, asOf);
        model.addAttribute("lines", board.lines());
        model.addAttribute("signals", board.signals());
        model.addAttribute("region", board.regionCode());
        model.addAttribute("regionName", board.regionName());
        model.addAttribute("regions", regions.choices(actor, code));
        model.addAttribute("asOf", board.asOf().toString());
        model.addAttribute("today", matrix.today());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "responsibility/duties";
    }

    @GetMapping("/duties/records/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(Actor actor, @PathVariable long id, @PathVariable long fileId) {
        if (!duties.mayDownload(actor, id, fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, false);
    }

    @PostMapping("/duties/records")
    String record(
            Actor actor,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "evidenceFiles", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        var region = fields.getOrDefault("regionCode", "");
        try {
            var post = fields.getOrDefault("postId", "");
            duties.record(
                    actor,
                    new DutyInputs(
                            fields.getOrDefault("dutyId", ""),
                            region,
                            post.matches("\\d{1,18}") ? Long.valueOf(post) : null,
                            fields.getOrDefault("performedOn", ""),
                            fields.getOrDefault("note", ""),
                            List.of()),
                    Upload.of(files));
            redirect.addFlashAttribute("notice", "duties.recorded");
            return "redirect:/duties?region=" + region;
        } catch (SafeLedgerException e) {
            model.addAttribute(
                    "failedForm", fields.getOrDefault("dutyId", "") + "-" + fields.getOrDefault("postId", ""));
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return show(actor, region, null, model);
        }
    }
}
