package org.safeledger.inspection.web;

import java.util.HashMap;
import java.util.List;
import org.safeledger.inspection.Checklists;
import org.safeledger.inspection.PublishedInspection;
import org.safeledger.org.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 双随机一公开: the completed law-enforcement inspections that came from random draws, with their outcomes, for
 * anyone without signing in (a page, and the same list as JSON).
 */
@Controller
class PublicInspectionPages {

    private final Checklists checklists;
    private final RegionDirectory regions;

    PublicInspectionPages(Checklists checklists, RegionDirectory regions) {
        this.checklists = checklists;
        this.regions = regions;
    }

    @GetMapping("/public/inspections")
    String page(Model model) {
        var published = checklists.published();
        var names = new HashMap<String, String>();
        for (var p : published) {
            names.computeIfAbsent(
                    p.regionCode(),
                    code -> regions.find(code)
                            .map(org.safeledger.org.Region::name)
                            .orElse(code));
        }
        model.addAttribute("inspections", published);
        model.addAttribute("regionNames", names);
        return "public/inspections";
    }

    @GetMapping(value = "/public/inspections", produces = "application/json")
    @ResponseBody
    List<PublishedInspection> json() {
        return checklists.published();
    }
}
