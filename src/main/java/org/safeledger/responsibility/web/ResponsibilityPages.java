package org.safeledger.responsibility.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.RegionNames;
import org.safeledger.platform.web.Refusals;
import org.safeledger.responsibility.MatrixInputs;
import org.safeledger.responsibility.MatrixRole;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.shared.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The matrix as a page: a region (the reader's by default) as of a day — who is first responsible, who answers for
 * each sector and which departments supervise it, every post with its holders over time — and, for its safety
 * committee office or an administrator, a post added, a holder appointed from a day, a post vacated.
 */
@Controller
class ResponsibilityPages {

    private final ResponsibilityMatrix matrix;
    private final RegionNames regions;
    private final MessageSource messages;

    ResponsibilityPages(ResponsibilityMatrix matrix, RegionNames regions, MessageSource messages) {
        this.matrix = matrix;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/responsibility")
    String show(
            Actor actor,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String asOf,
            Model model) {
        var code = region == null || region.isBlank() ? regions.home(actor) : region.strip();
        var view = matrix.of(actor, code, asOf);
        model.addAttribute("matrix", view);
        model.addAttribute("regions", regions.choices(actor, code));
        model.addAttribute("today", matrix.today());
        if (view.mayMaintain()) {
            model.addAttribute("roles", MatrixRole.values());
            model.addAttribute("sectors", Sector.values());
            model.addAttribute("candidates", matrix.candidates(actor, code));
        }
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "responsibility/matrix";
    }

    @PostMapping("/responsibility/{region}/posts")
    String createPost(
            Actor actor,
            @PathVariable String region,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        try {
            matrix.createPost(
                    actor,
                    region,
                    new MatrixInputs.NewPost(
                            fields.getFirst("role") == null ? "" : fields.getFirst("role"),
                            fields.getFirst("title") == null ? "" : fields.getFirst("title"),
                            fields.getOrDefault("sectors", List.of())));
            redirect.addFlashAttribute("notice", "matrix.done.post");
            return "redirect:/responsibility?region=" + region;
        } catch (SafeLedgerException e) {
            return failed(actor, region, "post", e, fields.toSingleValueMap(), model);
        }
    }

    @PostMapping("/responsibility/posts/{id}/{step}")
    String step(
            Actor actor,
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        var post = matrix.post(actor, id);
        var region = post.regionCode();
        try {
            var given = number(fields.get("version"));
            Integer version = given == null ? null : given.intValue();
            switch (step) {
                case "appoint" ->
                    matrix.appoint(
                            actor,
                            id,
                            new MatrixInputs.Appointment(
                                    version, number(fields.get("personId")), fields.getOrDefault("from", "")));
                case "vacate" ->
                    matrix.vacate(actor, id, new MatrixInputs.Vacancy(version, fields.getOrDefault("on", "")));
                default -> throw new InvalidInputException("step", "error.code.unknown", step);
            }
            redirect.addFlashAttribute("notice", "matrix.done." + step);
            return "redirect:/responsibility?region=" + region;
        } catch (SafeLedgerException e) {
            return failed(actor, region, step + "-" + id, e, fields, model);
        }
    }

    private String failed(
            Actor actor, String region, String form, SafeLedgerException e, Map<String, String> fields, Model model) {
        model.addAttribute("failedForm", form);
        model.addAttribute("formError", Refusals.text(messages, e));
        model.addAttribute("entered", fields);
        return show(actor, region, null, model);
    }

    private static @Nullable Long number(@Nullable String value) {
        return value == null || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }
}
