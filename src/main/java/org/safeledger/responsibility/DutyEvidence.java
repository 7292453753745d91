package org.safeledger.responsibility;

import java.time.LocalDate;

/**
 * What another module's record proves about a region's duties, published in that record's transaction: a meeting
 * held (its kind, as {@code MEETING}'s duties name it), so the duty it performs is recorded without anyone typing
 * it again.
 *
 * @param kind the meeting's kind (e.g. {@code PARTY_STANDING_COMMITTEE})
 * @param sourceId the record's id in its module
 */
public record DutyEvidence(String regionCode, String kind, LocalDate day, long sourceId, String note, String by) {}
