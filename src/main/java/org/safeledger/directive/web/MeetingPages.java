package org.safeledger.directive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentDownload;
import org.safeledger.attachment.Upload;
import org.safeledger.directive.MeetingInputs;
import org.safeledger.directive.MeetingKind;
import org.safeledger.directive.Meetings;
import org.safeledger.platform.web.Refusals;
import org.safeledger.rectification.PartyChoices;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
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
 * Meetings as pages: the list, recording one with its minutes and up to {@link #ROWS} decisions (a row left blank
 * is no decision), and one meeting with each decision's owner, handler and item.
 */
@Controller
class MeetingPages {

    static final int ROWS = 5;

    private final Meetings meetings;
    private final PartyChoices parties;
    private final Rectifications rectifications;
    private final AttachmentDownload downloads;
    private final MessageSource messages;

    MeetingPages(
            Meetings meetings,
            PartyChoices parties,
            Rectifications rectifications,
            AttachmentDownload downloads,
            MessageSource messages) {
        this.meetings = meetings;
        this.parties = parties;
        this.rectifications = rectifications;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/meetings")
    String list(Actor actor, Model model) {
        model.addAttribute("meetings", meetings.list(actor));
        model.addAttribute("mayRecord", meetings.mayRecord(actor));
        return "meeting/list";
    }

    @GetMapping("/meetings/new")
    String form(Actor actor, Model model) {
        if (!meetings.mayRecord(actor)) {
            throw new ForbiddenException("error.meeting.leadersRecord");
        }
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("parties", parties.of(actor));
        model.addAttribute("owners", meetings.owners(actor));
        model.addAttribute(
                "rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("today", rectifications.today());
        model.addAttribute("region", actor.scope().region().value());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "meeting/new";
    }

    @PostMapping("/meetings")
    String record(
            Actor actor,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "minutes", required = false) @Nullable List<MultipartFile> minutes,
            Model model,
            RedirectAttributes redirect) {
        try {
            var files = Upload.of(minutes);
            var meeting = meetings.record(actor, draft(actor, fields), files.isEmpty() ? null : files.get(0));
            redirect.addFlashAttribute("notice", "meeting.recorded");
            return "redirect:/meetings/" + meeting.id();
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            return form(actor, model);
        }
    }

    @GetMapping("/meetings/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.get(actor, id));
        return "meeting/show";
    }

    @GetMapping("/meetings/{id}/minutes/{fileId}")
    ResponseEntity<InputStreamResource> minutes(Actor actor, @PathVariable long id, @PathVariable long fileId) {
        if (!meetings.mayDownload(actor, id, fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, false);
    }

    /** The form's rows as decisions: a row with no title is skipped; a row with a title needs the rest. */
    private static MeetingInputs draft(Actor actor, Map<String, String> f) {
        var decisions = new ArrayList<MeetingInputs.Decision>();
        for (int k = 0; k < ROWS; k++) {
            var title = f.getOrDefault("title" + k, "").strip();
            if (title.isEmpty()) {
                continue;
            }
            var owner = f.getOrDefault("owner" + k, "").strip();
            if (!owner.matches("\\d{1,18}")) {
                throw new InvalidInputException("decisions[" + k + "].ownerPostId", "error.field.required");
            }
            decisions.add(new MeetingInputs.Decision(
                    title,
                    null,
                    Responsible.parse("decisions[" + k + "].responsible", f.getOrDefault("responsible" + k, "")),
                    Long.valueOf(owner),
                    f.getOrDefault("deadline" + k, "")));
        }
        return new MeetingInputs(
                f.getOrDefault("kind", ""),
                actor.scope().region().value(),
                f.getOrDefault("heldOn", ""),
                f.getOrDefault("topic", ""),
                null,
                decisions);
    }
}
