package org.safeledger.responsibility.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.Duties;
import org.safeledger.responsibility.DutyInputs;
import org.safeledger.responsibility.DutyLine;
import org.safeledger.responsibility.DutyRecord;
import org.safeledger.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A region's duties as of a day and a duty performed (the signals they give are the accountability module's). */
@RestController
class DutyApi {

    private final Duties duties;

    DutyApi(Duties duties) {
        this.duties = duties;
    }

    @GetMapping("/api/v1/duties")
    List<DutyLine> duties(
            Actor actor,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String asOf) {
        return duties.board(actor, region(actor, regionCode), asOf).lines();
    }

    @PostMapping("/api/v1/duty-records")
    @ResponseStatus(HttpStatus.CREATED)
    DutyRecord record(Actor actor, @RequestBody DutyInputs input) {
        return duties.record(actor, input, List.of());
    }

    private static String region(Actor actor, @Nullable String regionCode) {
        return regionCode == null || regionCode.isBlank()
                ? actor.scope().region().value()
                : regionCode;
    }
}
