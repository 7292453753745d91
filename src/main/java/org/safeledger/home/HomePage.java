package org.safeledger.home;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.safeledger.hazard.HazardFilter;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseFilter;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.ScopeDescription;
import org.safeledger.shared.Actor;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final HazardLedger hazards;
    private final ScopeDescription scopes;

    HomePage(
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            HazardLedger hazards,
            ScopeDescription scopes) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.hazards = hazards;
        this.scopes = scopes;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("tasks", Workload.panelsFor(actor));
        model.addAttribute("scopeText", scopes.describe(actor.scope()));
        if (actor.can(Permission.HAZARD_READ)) {
            model.addAttribute("hazardCounts", hazardCounts(actor));
        }
        var enterpriseId = actor.scope().enterpriseId();
        if (enterpriseId != null) {
            model.addAttribute("enterprise", enterprises.get(actor, enterpriseId));
        } else if (actor.can(Permission.ENTERPRISE_READ)) {
            model.addAttribute(
                    "enterpriseCount",
                    enterprises
                            .list(actor, EnterpriseFilter.none(), new PageRequest(0, 1))
                            .total());
        }
        if (actor.can(Permission.DEPARTMENT_READ)) {
            model.addAttribute("departmentCount", departments.list(actor).size());
        }
        return "home";
    }

    /** The numbers behind the hazard panels, each with the ledger query that lists them. */
    private Map<String, Long> hazardCounts(Actor actor) {
        var byStatus = hazards.countByStatus(actor, filter(null, null));
        var counts = new LinkedHashMap<String, Long>();
        counts.put("hazardsToAccept", byStatus.get(HazardStatus.SUBMITTED));
        counts.put("myRectifications", byStatus.get(HazardStatus.RECTIFYING) + byStatus.get(HazardStatus.REPORTED));
        var overdue = hazards.countByStatus(actor, filter(true, null)).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        counts.put("overdueRectifications", overdue);
        counts.put("overdueInSector", overdue);
        counts.put("escalations", overdue);
        var major = hazards.countByStatus(actor, filter(null, HazardGrade.MAJOR));
        counts.put(
                "majorHazardsInRegion",
                major.values().stream().mapToLong(Long::longValue).sum() - major.get(HazardStatus.CLOSED));
        counts.put("majorHazardsToVerify", major.get(HazardStatus.SUBMITTED));
        return counts;
    }

    private static HazardFilter filter(Boolean overdue, HazardGrade grade) {
        return new HazardFilter(
                null,
                null,
                null,
                grade,
                Set.of(),
                overdue,
                null,
                null,
                null,
                null,
                HazardFilter.HazardSort.DISCOVERED_DESC);
    }
}
