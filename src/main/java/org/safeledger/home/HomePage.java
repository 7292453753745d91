package org.safeledger.home;

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
    private final ScopeDescription scopes;

    HomePage(EnterpriseRegister enterprises, DepartmentDirectory departments, ScopeDescription scopes) {
        this.enterprises = enterprises;
        this.departments = departments;
        this.scopes = scopes;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("tasks", Workload.panelsFor(actor));
        model.addAttribute("scopeText", scopes.describe(actor.scope()));
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
}
