package org.safeledger.accountability.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeledger.accountability.Assessments;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.RegionNames;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's scorecard of a region or one of its departments as a page, a PDF and a sheet. */
@Controller
class AssessmentPages {

    private final Assessments assessments;
    private final ScorecardFiles files;
    private final RegionNames regions;
    private final DepartmentDirectory departments;
    private final ResponsibilityMatrix matrix;

    AssessmentPages(
            Assessments assessments,
            ScorecardFiles files,
            RegionNames regions,
            DepartmentDirectory departments,
            ResponsibilityMatrix matrix) {
        this.assessments = assessments;
        this.files = files;
        this.regions = regions;
        this.departments = departments;
        this.matrix = matrix;
    }

    @GetMapping("/assessments")
    String show(
            Actor actor,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable String asOf,
            Locale locale,
            Model model) {
        var code = region == null || region.isBlank() ? regions.home(actor) : region.strip();
        int y = year == null ? matrix.today().getYear() : year;
        // a department kept from another region's filter is dropped: the page asks for the region's own
        if (department != null
                && departments
                        .byId(department)
                        .filter(d -> d.regionCode().equals(code))
                        .isEmpty()) {
            department = null;
        }
        var card = assessments.of(actor, y, code, department, asOf);
        model.addAttribute("card", card);
        model.addAttribute("deductions", files.deductions(card, locale));
        model.addAttribute("veto", files.veto(card, locale));
        model.addAttribute("region", card.regionCode());
        model.addAttribute("regions", regions.choices(actor, code));
        model.addAttribute("departments", departments.ofRegion(new RegionCode(card.regionCode())));
        model.addAttribute("department", department);
        // the board's day, when opened from it: the same score as the board's; the filter asks for a whole year
        model.addAttribute("asOf", asOf == null || asOf.isBlank() ? null : asOf);
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(
                                matrix.today().getYear() - 4, matrix.today().getYear())
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("scheme", assessments.scheme());
        // a suggestion letter (建议函) is an ASSESSMENT item of the assessed, offered to whoever may assign it one
        var party = department == null ? "GOVERNMENT:" + card.regionCode() : "DEPARTMENT:" + department;
        var assessed = new org.safeledger.shared.RegionCode(card.regionCode());
        boolean maySuggest = (department == null
                        ? org.safeledger.rectification.RectificationAccess.assignRefusal(
                                actor, ResponsibleKind.GOVERNMENT, null, card.regionCode(), assessed)
                        : org.safeledger.rectification.RectificationAccess.assignRefusal(
                                actor, ResponsibleKind.DEPARTMENT, department, null, assessed))
                .isEmpty();
        model.addAttribute("suggestTo", maySuggest ? party : null);
        return "accountability/assessment";
    }

    @GetMapping("/assessments/scorecard.pdf")
    ResponseEntity<byte[]> pdf(
            Actor actor,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable String asOf,
            Locale locale) {
        return files.pdf(assessments.of(actor, year, region, department, asOf), locale);
    }

    @GetMapping("/assessments/scorecard.xlsx")
    ResponseEntity<byte[]> xlsx(
            Actor actor,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable String asOf,
            Locale locale) {
        return files.xlsx(assessments.of(actor, year, region, department, asOf), locale);
    }
}
