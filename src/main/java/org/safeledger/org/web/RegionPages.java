package org.safeledger.org.web;

import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the GB/T 2260 tree: a region, its ancestors and its children; or a search by name or code. */
@Controller
class RegionPages {

    private final RegionDirectory regions;
    private final org.safeledger.org.RegionNames names;

    RegionPages(RegionDirectory regions, org.safeledger.org.RegionNames names) {
        this.regions = regions;
        this.names = names;
    }

    /** The options of a region picker (htmx): regions in the reader's scope whose name contains the text. */
    @GetMapping("/org/regions/options")
    String options(Actor actor, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", q == null || q.isBlank() ? names.choices(actor, null) : names.search(actor, q));
        return "fragments/forms :: regionOptions";
    }

    @GetMapping("/org/regions")
    String browse(
            Actor actor,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String q,
            Model model) {
        actor.require(Permission.REGION_READ);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("children", regions.search(q));
        } else if (code != null && !code.isBlank()) {
            model.addAttribute("region", regions.get(code));
            model.addAttribute("path", regions.path(code));
            model.addAttribute("children", regions.children(code));
        } else {
            model.addAttribute("children", regions.provinces());
        }
        return "org/regions";
    }
}
