package org.safeledger.campaign;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's figures in a campaign, its whole subtree counted (api.md "Campaigns"): its plan and phase, the
 * enterprises of the campaign's sectors, those that completed the campaign's checklist and those inspected by law
 * enforcement in the campaign's days; the hazards found in those days by source and how many of them are rectified
 * (closed) now, the major ones apart.
 */
public record UnitProgress(
        String regionCode,
        String name,
        UnitStatus status,
        boolean planFiled,
        boolean planLate,
        @Nullable PhaseKind phase,
        long enterprises,
        long selfChecked,
        long enforced,
        Map<FindingSource, Long> found,
        Map<FindingSource, Long> rectified,
        long majorFound,
        long majorRectified) {

    public UnitProgress {
        found = Map.copyOf(complete(found));
        rectified = Map.copyOf(complete(rectified));
    }

    private static Map<FindingSource, Long> complete(Map<FindingSource, Long> counts) {
        var all = new EnumMap<FindingSource, Long>(FindingSource.class);
        for (var s : FindingSource.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        return all;
    }

    public long found(FindingSource source) {
        return found.get(source);
    }

    public long rectified(FindingSource source) {
        return rectified.get(source);
    }

    /**
     * The figures as the API and a dispatch report give them: enterprises, selfChecked, enforced, found and
     * rectified by source, major found and rectified.
     */
    public java.util.Map<String, Object> figures() {
        var figures = new java.util.LinkedHashMap<String, Object>();
        figures.put("enterprises", enterprises);
        figures.put("selfChecked", selfChecked);
        figures.put("enforced", enforced);
        figures.put("found", found);
        figures.put("rectified", rectified);
        figures.put("major", Map.of("found", majorFound, "rectified", majorRectified));
        return figures;
    }

    /** Whole percent of the enterprises that completed the checklist (100 when there are none). */
    public long percentSelfChecked() {
        return enterprises == 0 ? 100 : selfChecked * 100 / enterprises;
    }
}
