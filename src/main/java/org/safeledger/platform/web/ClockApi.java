package org.safeledger.platform.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.platform.ClockControl;
import org.safeledger.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The demonstration's clock (demo mode only): {@code PUT {"offset":"P3D"}} moves it three days ahead of real time. */
@RestController
@RequestMapping("/api/v1/admin/clock")
class ClockApi {

    private final ClockControl control;

    ClockApi(ClockControl control) {
        this.control = control;
    }

    @GetMapping
    ClockControl.Reading read(Actor actor) {
        return control.read(actor);
    }

    @PutMapping
    ClockControl.Reading shift(Actor actor, @RequestBody ClockRequest request) {
        return control.shift(actor, request.offset());
    }

    record ClockRequest(@Nullable String offset) {}
}
