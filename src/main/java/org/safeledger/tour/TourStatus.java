package org.safeledger.tour;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a tour is; the status owns the transition table.
 *
 * <pre>
 * TOURING    --record finding--> TOURING
 * TOURING    --feedback-->       RECTIFYING (the clocks start)
 * RECTIFYING --principal report / draw sample / publish--> RECTIFYING
 * RECTIFYING --conclude-->       CONCLUDED
 * CONCLUDED  --draw sample / publish--> CONCLUDED (the "second half" checked after the event)
 * </pre>
 */
public enum TourStatus {
    TOURING,
    RECTIFYING,
    CONCLUDED;

    private static final Map<TourStatus, Set<TourAction>> ALLOWED = new EnumMap<>(TourStatus.class);

    static {
        ALLOWED.put(TOURING, Set.of(TourAction.RECORD_FINDING, TourAction.FEEDBACK));
        ALLOWED.put(
                RECTIFYING,
                Set.of(TourAction.PRINCIPAL_REPORT, TourAction.DRAW_SAMPLE, TourAction.PUBLISH, TourAction.CONCLUDE));
        ALLOWED.put(CONCLUDED, Set.of(TourAction.DRAW_SAMPLE, TourAction.PUBLISH));
    }

    public boolean allows(TourAction action) {
        return ALLOWED.get(this).contains(action);
    }

    public TourStatus after(TourAction action) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " from " + this);
        }
        return switch (action) {
            case FEEDBACK -> RECTIFYING;
            case CONCLUDE -> CONCLUDED;
            default -> this;
        };
    }

    public String messageKey() {
        return "tourStatus." + name();
    }
}
