package org.safeledger.hazard;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A hazard's listing for supervision (挂牌督办): the level, the supervising unit (a department at that level whose
 * region holds the hazard), the notice number, the deadline, when and by whom.
 */
public record Listing(
        Level level,
        long departmentId,
        @Nullable String departmentName,
        @Nullable String noticeNo,
        LocalDate deadline,
        Instant listedAt,
        long listedBy) {

    /** The government level that lists: the supervising department's own level. */
    public enum Level {
        COUNTY,
        CITY,
        PROVINCE;

        /** The level of a department in a region with this subtree prefix (6, 4 or 2 digits). */
        static Level ofPrefix(String prefix) {
            return switch (prefix.length()) {
                case 6 -> COUNTY;
                case 4 -> CITY;
                case 2 -> PROVINCE;
                default -> throw new IllegalArgumentException("no listing level for region prefix " + prefix);
            };
        }

        public String messageKey() {
            return "listingLevel." + name();
        }
    }
}
