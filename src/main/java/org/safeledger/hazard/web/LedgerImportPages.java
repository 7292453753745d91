package org.safeledger.hazard.web;

import java.io.IOException;
import java.util.Locale;
import org.safeledger.hazard.LedgerImport;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RowErrorsException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a ledger from the pages: the upload form with the template, the list of every problem when the file
 * is refused, and the import's progress (the page asks every second while it runs).
 */
@Controller
class LedgerImportPages {

    private final LedgerImport imports;
    private final MessageSource messages;

    LedgerImportPages(LedgerImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/hazards/import")
    String form(Actor actor) {
        actor.require(Permission.HAZARD_REPORT);
        return "hazard/import";
    }

    @PostMapping("/hazards/import")
    String upload(Actor actor, @RequestParam("file") MultipartFile file, Locale locale, Model model)
            throws IOException {
        actor.require(Permission.HAZARD_REPORT);
        try (var in = file.getInputStream()) {
            var job = imports.start(actor, LedgerFileApi.name(file), in, locale);
            return "redirect:/hazards/imports/" + job.id();
        } catch (RowErrorsException e) {
            model.addAttribute("rowErrors", e.errors());
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "hazard/import";
    }

    @GetMapping("/hazards/imports/{id}")
    String job(
            Actor actor,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("job", imports.get(actor, id));
        return htmx != null ? "hazard/import-job :: progress" : "hazard/import-job";
    }
}
