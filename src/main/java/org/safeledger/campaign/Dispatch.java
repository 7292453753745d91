package org.safeledger.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's dispatch report (调度) for one period of a campaign: what it says, the unit's figures as they stood when
 * it reported (enterprises, selfChecked, enforced, found and rectified by source, major), who filed it and when.
 */
public record Dispatch(
        String regionCode,
        LocalDate periodFrom,
        LocalDate due,
        String report,
        Map<String, Object> figures,
        Instant filedAt,
        String filedByName,
        boolean late) {}
