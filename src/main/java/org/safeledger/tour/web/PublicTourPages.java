package org.safeledger.tour.web;

import org.safeledger.shared.NotFoundException;
import org.safeledger.tour.PublicSummary;
import org.safeledger.tour.TourFollowUp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A tour's published summary of its rectification (整改情况通报) for anyone holding its address, without signing
 * in: a page, and the same as JSON. An unknown or unpublished address is a 404 like any other.
 */
@Controller
class PublicTourPages {

    private final TourFollowUp followUp;

    PublicTourPages(TourFollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/public/tours/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("summary", summary(token));
        return "public/tour";
    }

    @GetMapping(value = "/public/tours/{token}", produces = "application/json")
    @ResponseBody
    PublicSummary json(@PathVariable String token) {
        return summary(token);
    }

    private PublicSummary summary(String token) {
        return followUp.published(token).orElseThrow(() -> new NotFoundException("error.tour.notFound", token));
    }
}
