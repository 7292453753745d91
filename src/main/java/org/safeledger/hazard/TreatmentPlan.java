package org.safeledger.hazard;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The six items a major hazard's treatment plan must contain (重大事故隐患治理方案, art. 15 of the hazard rules):
 * objectives and tasks, methods and measures, funding and materials, the organisation and persons responsible,
 * the time limit and requirements, safety measures and the emergency plan. Complete only with all six.
 */
public record TreatmentPlan(
        @Nullable @Size(max = 2000) String objectives,
        @Nullable @Size(max = 2000) String methods,
        @Nullable @Size(max = 1000) String fundingAndMaterials,
        @Nullable @Size(max = 1000) String organisation,
        @Nullable @Size(max = 1000) String timeLimit,
        @Nullable @Size(max = 2000) String safetyMeasures) {

    /** The items not given, by their field names. */
    public List<String> missing() {
        var missing = new ArrayList<String>();
        check(missing, "objectives", objectives);
        check(missing, "methods", methods);
        check(missing, "fundingAndMaterials", fundingAndMaterials);
        check(missing, "organisation", organisation);
        check(missing, "timeLimit", timeLimit);
        check(missing, "safetyMeasures", safetyMeasures);
        return missing;
    }

    private static void check(List<String> missing, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            missing.add("treatmentPlan." + field);
        }
    }
}
