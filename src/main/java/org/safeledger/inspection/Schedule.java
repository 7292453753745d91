package org.safeledger.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring self-inspection and how it is kept: the periods since it started (the last {@value #WINDOW} listed),
 * which were done and which missed; {@code missed} counts every past period without a completed run since the
 * schedule started (runs before its first day do not count); the current period is not missed until it has passed.
 */
public record Schedule(
        long id,
        long enterpriseId,
        String enterpriseName,
        long templateId,
        String templateName,
        Frequency frequency,
        LocalDate startsOn,
        boolean active,
        List<Period> periods,
        long missed,
        boolean currentDone) {

    public static final int WINDOW = 60;

    /** A period of the schedule: its first day and whether a run of the checklist was completed in it. */
    public record Period(LocalDate from, boolean done) {}
}
