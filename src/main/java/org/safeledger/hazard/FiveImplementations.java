package org.safeledger.hazard;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 五落实: what the rectification of a major hazard needs settled before it starts — who is responsible
 * (责任), the measures (措施, the six-item treatment plan's methods), the funding (资金), the time limit (时限) and the
 * contingency plan (预案).
 */
public record FiveImplementations(
        @Nullable @Size(max = 500) String responsibility,
        @Nullable @Size(max = 2000) String measures,
        @Nullable @Size(max = 500) String funding,
        @Nullable @Size(max = 500) String deadline,
        @Nullable @Size(max = 2000) String contingencyPlan) {

    /** The parts not given, by their field names. */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        if (blank(responsibility)) {
            missing.add("fiveImplementations.responsibility");
        }
        if (blank(measures)) {
            missing.add("fiveImplementations.measures");
        }
        if (blank(funding)) {
            missing.add("fiveImplementations.funding");
        }
        if (blank(deadline)) {
            missing.add("fiveImplementations.deadline");
        }
        if (blank(contingencyPlan)) {
            missing.add("fiveImplementations.contingencyPlan");
        }
        return missing;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
