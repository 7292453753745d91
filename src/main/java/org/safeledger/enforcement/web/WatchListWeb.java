package org.safeledger.enforcement.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.enforcement.WatchList;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The watch list as a page, per region with the reasons of each entry (the API: {@code WatchListApi}). */
@Controller
class WatchListWeb {

    private final WatchList watchList;

    WatchListWeb(WatchList watchList) {
        this.watchList = watchList;
    }

    @GetMapping("/enforcement/watch-list")
    String page(Actor actor, @RequestParam(required = false) @Nullable String regionCode, Model model) {
        model.addAttribute("entries", watchList.current(actor, regionCode));
        model.addAttribute("rule", watchList.rule());
        model.addAttribute("regionCode", regionCode);
        return "enforcement/watch-list";
    }
}
