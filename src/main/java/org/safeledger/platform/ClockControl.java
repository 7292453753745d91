package org.safeledger.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving the demonstration's clock: administrators only, and only in demo mode (elsewhere the endpoint does not
 * exist: 404). Every move is in the operation log.
 */
@Service
public class ClockControl {

    private final ApplicationClock clock;
    private final ApplicationEventPublisher events;

    ClockControl(ApplicationClock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    /** The clock as it stands. */
    public Reading read(Actor actor) {
        require(actor);
        return reading();
    }

    /** Sets the offset from real time, an ISO-8601 duration such as {@code P3D} or {@code PT36H}. */
    @Transactional
    public Reading shift(Actor actor, @Nullable String offset) {
        require(actor);
        if (offset == null || offset.isBlank()) {
            throw new InvalidInputException("offset", "error.field.required");
        }
        Duration duration;
        try {
            duration = Duration.parse(offset.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("offset", "error.clock.offset", offset.strip());
        }
        if (duration.abs().compareTo(ApplicationClock.MAX_OFFSET) > 0) {
            throw new InvalidInputException("offset", "error.clock.offsetFar");
        }
        var before = clock.offset();
        clock.shift(duration);
        events.publishEvent(Audited.by(
                actor, "clock.shift", "clock", Map.of("before", before.toString(), "after", duration.toString())));
        return reading();
    }

    private void require(Actor actor) {
        if (!clock.adjustable()) {
            throw new NotFoundException("error.clock.fixed");
        }
        actor.require(Permission.SYSTEM_ADMIN);
    }

    private Reading reading() {
        return new Reading(clock.instant(), clock.offset().toString());
    }

    /** What the application takes for now, and how far that is from real time. */
    public record Reading(Instant now, String offset) {}
}
