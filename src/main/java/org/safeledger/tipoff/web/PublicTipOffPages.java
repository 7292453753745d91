package org.safeledger.tipoff.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.RegionDirectory;
import org.safeledger.org.RegionLevel;
import org.safeledger.platform.web.Refusals;
import org.safeledger.shared.SafeLedgerException;
import org.safeledger.shared.Sector;
import org.safeledger.tipoff.TipOffInputs;
import org.safeledger.tipoff.TipOffIntake;
import org.safeledger.tipoff.TipOffProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public's pages, no sign-in, phone first: find the county (province, city, county — links, no script needed),
 * fill the form, keep the tracking code shown once, and follow the tip-off with it.
 */
@Controller
class PublicTipOffPages {

    private final TipOffIntake intake;
    private final RegionDirectory regions;
    private final TipOffProperties properties;
    private final MessageSource messages;

    PublicTipOffPages(
            TipOffIntake intake, RegionDirectory regions, TipOffProperties properties, MessageSource messages) {
        this.intake = intake;
        this.regions = regions;
        this.properties = properties;
        this.messages = messages;
    }

    /** {@code region} a county: the form for it; otherwise the regions under {@code at} to choose from. */
    @GetMapping("/public/tip-offs/new")
    String form(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String at,
            Model model) {
        var county = region == null
                ? null
                : regions.find(region.strip())
                        .filter(r -> r.level() == RegionLevel.COUNTY)
                        .orElse(null);
        if (county == null) {
            model.addAttribute("path", at == null ? List.of() : regions.path(at.strip()));
            model.addAttribute("choices", intake.regionsUnder(at));
            return "public/tip-off-region";
        }
        model.addAttribute("county", county);
        model.addAttribute("path", regions.path(county.code()));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("maxPhotos", TipOffProperties.MAX_PHOTOS);
        model.addAttribute("maxPhotoMb", properties.maxPhotoBytes().toMegabytes());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "public/tip-off-new";
    }

    /** The same consumes as the JSON twin, so that the Accept header alone chooses between the two. */
    @PostMapping(value = "/public/tip-offs", consumes = "multipart/form-data")
    String submit(
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
            Model model,
            RedirectAttributes redirect) {
        try {
            var receipt = intake.submit(
                    new TipOffInputs.Submission(
                            fields.get("regionCode"),
                            fields.get("sector"),
                            fields.get("place"),
                            fields.get("description"),
                            fields.get("contact")),
                    Photos.of(photos));
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/public/tip-offs/received";
        } catch (SafeLedgerException e) {
            model.addAttribute("formError", Refusals.text(messages, e));
            model.addAttribute("entered", fields);
            var region = fields.get("regionCode");
            return form(region == null ? "" : region, null, model);
        }
    }

    /** The code, shown once after the redirect; a reload finds no receipt and returns to the form. */
    @GetMapping("/public/tip-offs/received")
    String received(Model model) {
        return model.containsAttribute("receipt") ? "public/tip-off-received" : "redirect:/public/tip-offs/new";
    }

    @GetMapping("/public/tip-offs/track")
    String track(@RequestParam(required = false) @Nullable String code, Model model) {
        if (code != null && !code.isBlank()) {
            var tracking = intake.track(code);
            model.addAttribute("code", code.strip());
            tracking.ifPresentOrElse(t -> model.addAttribute("tracking", t), () -> model.addAttribute("unknown", true));
        }
        return "public/tip-off-track";
    }
}
