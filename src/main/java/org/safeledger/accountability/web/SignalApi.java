package org.safeledger.accountability.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.accountability.IdlingSignals;
import org.safeledger.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The idling signals of a region as of a day: prompts with their facts and rule, never verdicts. */
@RestController
class SignalApi {

    private final IdlingSignals signals;

    SignalApi(IdlingSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/api/v1/idling-signals")
    Map<String, Object> signals(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String asOf) {
        var found = signals.of(actor, AccountabilityApi.region(actor, regionCode), asOf);
        return Map.of("regionCode", found.regionCode(), "asOf", found.asOf(), "items", found.items());
    }
}
