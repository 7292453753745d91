package org.safeledger.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A lesson roll-out was launched: news for the principals of every target enterprise. */
public record LessonLaunched(
        long rolloutId, String title, List<Long> enterpriseIds, String regionCode, LocalDate deadline, Instant at) {}
