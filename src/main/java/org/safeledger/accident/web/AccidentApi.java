package org.safeledger.accident.web;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.accident.Accident;
import org.safeledger.accident.AccidentDraft;
import org.safeledger.accident.AccidentInvestigations;
import org.safeledger.accident.AccidentRegister;
import org.safeledger.accident.AccidentUpdate;
import org.safeledger.accident.Investigation;
import org.safeledger.accident.InvestigationInput;
import org.safeledger.accident.LogEntry;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accidents (api.md): filing with the level computed, follow-up figures with the level recomputed and its history,
 * reading in scope, and the reporting chain's steps sent and received.
 */
@RestController
class AccidentApi {

    private final AccidentRegister register;
    private final AccidentInvestigations investigations;

    private final org.springframework.context.MessageSource messages;
    private final org.safeledger.platform.SafeLedgerProperties properties;

    AccidentApi(
            AccidentRegister register,
            AccidentInvestigations investigations,
            org.springframework.context.MessageSource messages,
            org.safeledger.platform.SafeLedgerProperties properties) {
        this.messages = messages;
        this.properties = properties;
        this.register = register;
        this.investigations = investigations;
    }

    @PostMapping("/api/v1/accidents")
    ResponseEntity<Accident> report(Actor actor, @RequestBody AccidentDraft draft) {
        var accident = register.report(actor, draft);
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + accident.id()))
                .body(accident);
    }

    @GetMapping("/api/v1/accidents")
    PageResult<Accident> list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return register.list(
                actor,
                org.safeledger.accident.AccidentFilter.of(enterpriseId, q, level, from, to, regionCode),
                PageRequest.of(page, size));
    }

    /** The accidents under the same filters as .xlsx (at most 10,000 rows), times in the configured zone. */
    @GetMapping({"/api/v1/accidents/export.xlsx", "/accidents/export.xlsx"})
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(
                    Actor actor,
                    @RequestParam(required = false) @Nullable Long enterpriseId,
                    @RequestParam(required = false) @Nullable String q,
                    @RequestParam(required = false) @Nullable String level,
                    @RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String to,
                    @RequestParam(required = false) @Nullable String regionCode) {
        var filter = org.safeledger.accident.AccidentFilter.of(enterpriseId, q, level, from, to, regionCode);
        var accidents = new java.util.ArrayList<Accident>();
        for (int page = 0; page < 20; page++) { // at most 10,000 rows, read a page of 500 at a time
            var items = register.list(actor, filter, new PageRequest(page, PageRequest.MAX_SIZE))
                    .items();
            accidents.addAll(items);
            if (items.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var headers = java.util.stream.Stream.of(
                        "accidents.occurredAt",
                        "hazard.enterprise",
                        "accidents.place",
                        "accidents.type",
                        "accidents.deaths",
                        "accidents.missing",
                        "accidents.seriousInjuries",
                        "accidents.directLoss",
                        "accidents.level")
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
        return org.safeledger.platform.web.Spreadsheet.download(
                "accidents.xlsx",
                messages.getMessage("accidents.title", null, locale),
                headers,
                properties.zone(),
                sheet -> {
                    for (var a : accidents) {
                        sheet.time(0, a.occurredAt())
                                .text(1, a.enterpriseName())
                                .text(2, a.place())
                                .text(3, messages.getMessage(a.type().messageKey(), null, locale))
                                .number(4, a.deaths())
                                .number(5, a.missing())
                                .number(6, a.seriousInjuries())
                                .number(7, a.directLossYuan())
                                .text(8, messages.getMessage(a.level().messageKey(), null, locale))
                                .next();
                    }
                });
    }

    @GetMapping("/api/v1/accidents/{id}")
    Accident get(Actor actor, @PathVariable long id) {
        return register.get(actor, id);
    }

    @PostMapping("/api/v1/accidents/{id}/updates")
    Accident update(Actor actor, @PathVariable long id, @RequestBody AccidentUpdate update) {
        return register.update(actor, id, update);
    }

    /** The reporting chain: this step was sent up by the department of the step below. */
    @PostMapping("/api/v1/accidents/{id}/chain/{step}/sent")
    Accident sent(Actor actor, @PathVariable long id, @PathVariable String step) {
        return register.sent(actor, id, step);
    }

    /** {@code {parties: ["POLICE", "LABOUR", "UNION", "PROCURATORATE"]}}: received, and who was told. */
    @PostMapping("/api/v1/accidents/{id}/chain/{step}/received")
    Accident received(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @RequestBody(required = false) @Nullable Received body) {
        return register.received(actor, id, step, body == null ? null : body.parties());
    }

    record Received(@Nullable List<String> parties) {}

    /** The rescue and aftermath log, oldest first. */
    @GetMapping("/api/v1/accidents/{id}/log")
    List<LogEntry> log(Actor actor, @PathVariable long id) {
        return register.log(actor, id);
    }

    @PostMapping("/api/v1/accidents/{id}/log")
    ResponseEntity<List<LogEntry>> record(Actor actor, @PathVariable long id, @RequestBody LogEntry.Draft draft) {
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + id + "/log"))
                .body(register.log(actor, id, draft));
    }

    @GetMapping("/api/v1/accidents/{id}/investigation")
    Investigation investigation(Actor actor, @PathVariable long id) {
        return investigations.get(actor, id);
    }

    @PostMapping("/api/v1/accidents/{id}/investigation")
    ResponseEntity<Investigation> open(Actor actor, @PathVariable long id, @RequestBody InvestigationInput.Open open) {
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + id + "/investigation"))
                .body(investigations.open(actor, id, open));
    }

    @PostMapping("/api/v1/accidents/{id}/investigation/extension")
    Investigation extend(Actor actor, @PathVariable long id, @RequestBody InvestigationInput.Extension extension) {
        return investigations.extend(actor, id, extension);
    }

    @PostMapping("/api/v1/accidents/{id}/investigation/appraisals")
    Investigation appraisal(Actor actor, @PathVariable long id, @RequestBody InvestigationInput.Appraisal appraisal) {
        return investigations.appraisal(actor, id, appraisal);
    }

    @PutMapping("/api/v1/accidents/{id}/investigation/findings")
    Investigation findings(Actor actor, @PathVariable long id, @RequestBody InvestigationInput.Findings findings) {
        return investigations.findings(actor, id, findings);
    }

    /** A recommendation or a responsibility, tracked by a hazard listed under the investigation's department. */
    @PostMapping("/api/v1/accidents/{id}/investigation/items")
    ResponseEntity<Investigation> item(
            Actor actor, @PathVariable long id, @RequestBody InvestigationInput.ItemDraft draft) {
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + id + "/investigation"))
                .body(investigations.addItem(actor, id, draft));
    }

    @PostMapping("/api/v1/accidents/{id}/investigation/items/{itemId}/decision")
    Investigation decide(
            Actor actor,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestBody InvestigationInput.Decision decision) {
        return investigations.decide(actor, id, itemId, decision);
    }
}
