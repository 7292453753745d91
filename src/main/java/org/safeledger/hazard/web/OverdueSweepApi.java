package org.safeledger.hazard.web;

import org.safeledger.hazard.OverdueSweep;
import org.safeledger.shared.Actor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the overdue sweep now (demo mode, administrators), under the same lock as its schedule. */
@RestController
class OverdueSweepApi {

    private final OverdueSweep sweep;

    OverdueSweepApi(OverdueSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/api/v1/admin/jobs/overdue-sweep/run")
    OverdueSweep.Result run(Actor actor) {
        return sweep.runNow(actor);
    }
}
