package org.safeledger.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock: the system's, plus an offset that only a demonstration may set ({@code PUT
 * /api/v1/admin/clock}), so that a deadline can pass in front of an audience or an acceptance test. In production
 * the offset stays zero: {@link #shift} refuses unless the instance runs the demo.
 */
public final class ApplicationClock extends Clock {

    /** Ten years either way is a demonstration; anything further is a typo. */
    static final Duration MAX_OFFSET = Duration.ofDays(3653);

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final boolean adjustable;

    ApplicationClock(Clock base, boolean adjustable) {
        this(base, new AtomicReference<>(Duration.ZERO), adjustable);
    }

    private ApplicationClock(Clock base, AtomicReference<Duration> offset, boolean adjustable) {
        this.base = base;
        this.offset = offset;
        this.adjustable = adjustable;
    }

    public boolean adjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset.get();
    }

    /** Sets the offset from the system clock (not cumulative: {@code P0D} returns to real time). */
    public void shift(Duration newOffset) {
        if (!adjustable) {
            throw new IllegalStateException("the clock moves only in demo mode");
        }
        if (newOffset.abs().compareTo(MAX_OFFSET) > 0) {
            throw new IllegalArgumentException("offset beyond ten years");
        }
        offset.set(newOffset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // shares the offset, so that a zoned view moves with the application clock
        return new ApplicationClock(base.withZone(zone), offset, adjustable);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
