package org.safeledger.accident.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.AccidentInvestigations;
import org.safeledger.accident.AccidentLevel;
import org.safeledger.accident.AccidentRegister;
import org.safeledger.accident.AccidentType;
import org.safeledger.accident.AccidentUpdate;
import org.safeledger.accident.Investigation;
import org.safeledger.accident.InvestigationInput;
import org.safeledger.accident.NotifiedParty;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accidents of the scope, the report form (made for a phone at the scene), an accident with its level, figures
 * and their history, the reporting chain with its deadlines and, for the departments, the steps to record.
 */
@Controller
class AccidentPages {

    private final AccidentRegister register;
    private final AccidentInvestigations investigations;
    private final EnterpriseRegister enterprises;
    private final SafeLedgerProperties properties;
    private final MessageSource messages;

    private final org.safeledger.accident.ChainPolicy chain;
    private final AuthorityChoices authorities;

    AccidentPages(
            AccidentRegister register,
            AccidentInvestigations investigations,
            EnterpriseRegister enterprises,
            SafeLedgerProperties properties,
            MessageSource messages,
            org.safeledger.accident.ChainPolicy chain,
            AuthorityChoices authorities) {
        this.chain = chain;
        this.authorities = authorities;
        this.register = register;
        this.investigations = investigations;
        this.enterprises = enterprises;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/accidents")
    String list(
            Actor actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String regionCode,
            Model model) {
        model.addAttribute(
                "accidents",
                register.list(
                        actor,
                        org.safeledger.accident.AccidentFilter.of(null, q, level, from, to, regionCode),
                        new PageRequest(Math.max(page, 0), 50)));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("levels", AccidentLevel.values());
        return "accident/list";
    }

    @GetMapping("/accidents/new")
    String reportForm(Actor actor, @RequestParam(required = false) @Nullable Long enterpriseId, Model model) {
        actor.require(Permission.ACCIDENT_REPORT);
        var form = new AccidentForm();
        form.setEnterpriseId(enterpriseId != null ? enterpriseId : actor.scope().enterpriseId());
        model.addAttribute("form", form);
        return reportPage(actor, model, form);
    }

    @PostMapping("/accidents")
    String report(
            Actor actor,
            @ModelAttribute("form") AccidentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        actor.require(Permission.ACCIDENT_REPORT);
        if (!result.hasErrors()) {
            try {
                var accident = register.report(actor, form.toDraft(properties.zone()));
                redirect.addFlashAttribute("notice", "accidents.reported");
                return "redirect:/accidents/" + accident.id();
            } catch (InvalidInputException | ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        return reportPage(actor, model, form);
    }

    private String reportPage(Actor actor, Model model, AccidentForm form) {
        model.addAttribute("enterprises", enterprises.choices(actor, form.getEnterpriseId()));
        model.addAttribute("types", AccidentType.values());
        model.addAttribute("sectors", Sector.values());
        return "accident/new";
    }

    @GetMapping("/accidents/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var accident = register.get(actor, id);
        model.addAttribute("accident", accident);
        model.addAttribute("investigatingBody", org.safeledger.accident.InvestigatingBody.of(accident.level()));
        model.addAttribute("levels", AccidentLevel.values());
        model.addAttribute("parties", NotifiedParty.values());
        model.addAttribute("mayRecordChain", AccidentRegister.mayRecordChain(actor));
        // the chain buttons each step offers this reader: the same rule the register applies when recording it
        var sendable = new java.util.HashSet<String>();
        var receivable = new java.util.HashSet<String>();
        for (var step : accident.reportingChain()) {
            if (chain.maySend(actor, accident, step)) {
                sendable.add(step.step().name());
            }
            if (chain.mayReceive(actor, accident, step)) {
                receivable.add(step.step().name());
            }
        }
        model.addAttribute("sendable", sendable);
        model.addAttribute("receivable", receivable);
        var investigation = investigations.find(actor, id).orElse(null);
        model.addAttribute("investigation", investigation);
        model.addAttribute(
                "organises", investigation != null && AccidentInvestigations.organises(actor, investigation));
        model.addAttribute(
                "mayTakeOver", investigation != null && investigations.mayTakeOver(actor, accident, investigation));
        model.addAttribute("handlings", Investigation.Handling.values());
        if (investigation != null && AccidentInvestigations.organises(actor, investigation)) {
            model.addAttribute("authorities", authorities.of(actor, accident.regionCode()));
        }
        model.addAttribute("log", register.log(actor, id));
        model.addAttribute("logKinds", org.safeledger.accident.LogEntry.Kind.values());
        model.addAttribute("natures", Investigation.Nature.values());
        return "accident/show";
    }

    @PostMapping("/accidents/{id}/updates")
    String update(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer deaths,
            @RequestParam(required = false) @Nullable Integer missing,
            @RequestParam(required = false) @Nullable Integer seriousInjuries,
            @RequestParam(required = false) @Nullable Integer minorInjuries,
            @RequestParam(required = false) @Nullable Long directLossYuan,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Integer version,
            Model model,
            RedirectAttributes redirect) {
        actor.require(Permission.ACCIDENT_REPORT); // no role, no form: 403; a refused correction shows on the form
        try {
            register.update(
                    actor,
                    id,
                    new AccidentUpdate(deaths, missing, seriousInjuries, minorInjuries, directLossYuan, note, version));
            redirect.addFlashAttribute("notice", "accidents.updated");
            return "redirect:/accidents/" + id;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("updateError", Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }

    @PostMapping("/accidents/{id}/log")
    String log(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false, defaultValue = "") String kind,
            @RequestParam(required = false, defaultValue = "") String text,
            @RequestParam(required = false) @Nullable String at,
            Model model,
            RedirectAttributes redirect) {
        try {
            java.time.OffsetDateTime when = null;
            if (at != null && !at.isBlank()) {
                try {
                    when = java.time.LocalDateTime.parse(at.strip())
                            .atZone(properties.zone())
                            .toOffsetDateTime();
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidInputException("at", "error.accident.occurredFormat");
                }
            }
            register.log(actor, id, new org.safeledger.accident.LogEntry.Draft(kind, text, when));
            redirect.addFlashAttribute("notice", "accidents.logged");
            return "redirect:/accidents/" + id + "#log";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("logError", Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }

    @PostMapping("/accidents/{id}/chain/{step}/{what}")
    String chain(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @PathVariable String what,
            @RequestParam(required = false) @Nullable List<String> parties,
            Model model,
            RedirectAttributes redirect) {
        try {
            switch (what) {
                case "received" -> register.received(actor, id, step, parties);
                case "sent" -> register.sent(actor, id, step);
                default -> throw new org.safeledger.shared.NotFoundException("error.accident.noSuchForm", what);
            }
            redirect.addFlashAttribute("notice", "accidents.chainRecorded");
            return "redirect:/accidents/" + id;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("chainError", Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }

    /** The investigation's forms: open, extension, appraisal, findings, item, decision. */
    @PostMapping("/accidents/{id}/investigation/{what}")
    String investigation(
            Actor actor,
            @PathVariable long id,
            @PathVariable String what,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) @Nullable List<String> proposed,
            @RequestParam(required = false) @Nullable List<String> decided,
            Model model,
            RedirectAttributes redirect) {
        try {
            switch (what) {
                case "open" ->
                    investigations.open(
                            actor,
                            id,
                            new InvestigationInput.Open(
                                    form.getOrDefault("leadingUnit", ""),
                                    List.of(form.getOrDefault("team", "").split("[,，、\\n]+"))));
                case "extension" ->
                    investigations.extend(
                            actor,
                            id,
                            new InvestigationInput.Extension(
                                    number("days", form.get("days")), form.get("approvedBy"), form.get("reason")));
                case "appraisals" ->
                    investigations.appraisal(
                            actor,
                            id,
                            new InvestigationInput.Appraisal(form.get("from"), form.get("to"), form.get("note")));
                case "findings" ->
                    investigations.findings(
                            actor,
                            id,
                            new InvestigationInput.Findings(
                                    form.get("directCause"),
                                    form.get("indirectCauses"),
                                    form.getOrDefault("nature", ""),
                                    form.get("reportSubmittedOn")));
                case "items" ->
                    investigations.addItem(
                            actor,
                            id,
                            new InvestigationInput.ItemDraft(
                                    form.getOrDefault("kind", ""),
                                    form.get("text"),
                                    form.get("responsible"),
                                    form.get("partyKind"),
                                    proposed,
                                    decided,
                                    form.getOrDefault("deadline", ""),
                                    form.getOrDefault("party", "").isBlank()
                                            ? null
                                            : org.safeledger.rectification.Responsible.parse(
                                                    "party", form.get("party"))));
                case "decision" ->
                    investigations.decide(
                            actor,
                            id,
                            required(number("itemId", form.get("itemId"))),
                            new InvestigationInput.Decision(decided == null ? List.of() : decided, form.get("note")));
                default -> throw new org.safeledger.shared.NotFoundException("error.accident.noSuchForm", what);
            }
            redirect.addFlashAttribute("notice", "accidents.investigationSaved");
            return "redirect:/accidents/" + id + "#investigation";
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("investigationError", Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }

    private static @Nullable Integer number(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.accident.notANumber", value);
        }
    }

    private static int required(@Nullable Integer itemId) {
        if (itemId == null) {
            throw new InvalidInputException("itemId", "error.field.required");
        }
        return itemId;
    }
}
