package org.safeledger.accident;

import java.time.Instant;
import org.safeledger.shared.Sector;

/**
 * A step of an accident's reporting chain was sent (the county step when the accident is filed, a later one when a
 * department reports upward), or the level rose ({@code regraded}): news for the departments supervising the
 * sector in the step's region and for that region's leaders.
 */
public record AccidentReportSent(
        long accidentId,
        String enterpriseName,
        String place,
        int deaths,
        int missing,
        AccidentLevel level,
        ReportStep step,
        String stepRegionCode,
        Sector sector,
        boolean regraded,
        Instant at) {}
