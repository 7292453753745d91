package org.safeledger.standard.web;

import org.safeledger.shared.Actor;
import org.safeledger.standard.StandardsCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing the determination standards: every version, a version's clauses by aspect, search. */
@Controller
class StandardPages {

    private final StandardsCatalogue catalogue;

    StandardPages(StandardsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/standards")
    String list(Actor actor, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("versions", catalogue.versions());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", catalogue.search(q, null, null));
        }
        return "standard/list";
    }

    @GetMapping("/standards/{code}/{versionKey}")
    String show(Actor actor, @PathVariable String code, @PathVariable String versionKey, Model model) {
        var version = catalogue.version(code, versionKey);
        model.addAttribute("version", version);
        model.addAttribute("clauses", catalogue.clauses(version));
        return "standard/show";
    }
}
