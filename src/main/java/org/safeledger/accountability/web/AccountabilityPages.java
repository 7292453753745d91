package org.safeledger.accountability.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accountability.Accountabilities;
import org.safeledger.accountability.AccountabilityBoard;
import org.safeledger.accountability.AccountabilityForm;
import org.safeledger.accountability.AccountabilityInputs;
import org.safeledger.org.RegionNames;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accountability board as a page: a region's posts with what is owed, done and missed on each, its signals,
 * summons, score and accountability decisions on one screen, and for its office (or one above) the form to record a
 * decision with the record it came from.
 */
@Controller
class AccountabilityPages {

    private final AccountabilityBoard board;
    private final Accountabilities accountabilities;
    private final FactLines lines;
    private final ScorecardFiles scorecards;
    private final RegionNames regions;
    private final MessageSource messages;

    AccountabilityPages(
            AccountabilityBoard board,
            Accountabilities accountabilities,
            FactLines lines,
            ScorecardFiles scorecards,
            RegionNames regions,
            MessageSource messages) {
        this.board = board;
        this.accountabilities = accountabilities;
        this.lines = lines;
        this.scorecards = scorecards;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/accountability")
    String show(
            Actor actor,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String asOf,
            Locale locale,
            Model model) {
        var code = region == null || region.isBlank() ? regions.home(actor) : region.strip();
        var b = board.of(actor, code, asOf);
        model.addAttribute("board", b);
        model.addAttribute(
                "signalLines",
                b.signals().stream().map(s -> lines.signal(s, locale)).toList());
        model.addAttribute(
                "postSignals",
                b.posts().stream()
                        .map(p -> p.signals().stream()
                                .map(s -> lines.signal(s, locale))
                                .toList())
                        .toList());
        model.addAttribute("deductions", scorecards.deductions(b.score(), locale));
        model.addAttribute("region", b.regionCode());
        model.addAttribute("regions", regions.choices(actor, code));
        model.addAttribute("asOf", b.asOf().toString());
        model.addAttribute("today", accountabilities.today().toString());
        boolean mayRecord = accountabilities.mayRecord(actor, new RegionCode(b.regionCode()));
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord) {
            model.addAttribute("grounds", accountabilities.grounds());
            model.addAttribute("forms", AccountabilityForm.values());
            model.addAttribute("sources", accountabilities.sources(actor, b.regionCode()));
        }
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "accountability/board";
    }

    @PostMapping("/accountability/records")
    String record(
            Actor actor,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "forms", required = false) @Nullable List<String> forms,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var region = f.getOrDefault("region", "");
        try {
            var source = f.getOrDefault("source", "");
            var kind = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
            var id = source.contains(":") ? source.substring(source.indexOf(':') + 1) : "";
            var post = f.getOrDefault("postId", "");
            accountabilities.record(
                    actor,
                    new AccountabilityInputs(
                            region,
                            post.matches("\\d{1,18}") ? Long.valueOf(post) : null,
                            f.get("personName"),
                            f.get("post"),
                            f.getOrDefault("ground", ""),
                            forms == null ? List.of() : forms,
                            f.getOrDefault("decidedOn", ""),
                            f.get("note"),
                            kind,
                            id.matches("\\d{1,18}") ? Long.valueOf(id) : null,
                            f.get("sourceLabel")));
            redirect.addFlashAttribute("notice", "accountability.recorded");
            return "redirect:/accountability?region=" + region;
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", f);
            return show(actor, region, null, locale, model);
        }
    }
}
