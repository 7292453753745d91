package org.safeledger.home;

import java.util.LinkedHashMap;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.notification.Inbox;
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
    private final Inbox inbox;

    private final org.safeledger.accident.AccidentRegister accidents;
    private final HomeFacts facts;

    HomePage(
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            HazardLedger hazards,
            ScopeDescription scopes,
            Inbox inbox,
            org.safeledger.accident.AccidentRegister accidents,
            HomeFacts facts) {
        this.facts = facts;
        this.accidents = accidents;
        this.inbox = inbox;
        this.enterprises = enterprises;
        this.departments = departments;
        this.hazards = hazards;
        this.scopes = scopes;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        var panels = Workload.panelsFor(actor);
        model.addAttribute("tasks", panels);
        model.addAttribute("scopeText", scopes.describe(actor.scope()));
        var counts = new LinkedHashMap<String, Long>(facts.of(actor, panels));
        counts.put("inbox", inbox.unreadCount(actor));
        model.addAttribute("hazardCounts", counts);
        var enterpriseId = actor.scope().enterpriseId();
        if (enterpriseId != null) {
            model.addAttribute("enterprise", enterprises.get(actor, enterpriseId));
            if (actor.can(Permission.HAZARD_READ)) {
                model.addAttribute("suspensions", hazards.activeSuspensions(actor, enterpriseId));
            }
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
        if (actor.can(Permission.ACCIDENT_READ)) {
            model.addAttribute("accidentAttention", accidents.attention(actor));
        }
        return "home";
    }
}
