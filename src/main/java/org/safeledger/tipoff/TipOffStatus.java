package org.safeledger.tipoff;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a tip-off is; the status owns the transition table.
 *
 * <pre>
 * RECEIVED --open hazard-->       HAZARD_OPENED
 * RECEIVED --order inspection-->  INSPECTION_ORDERED
 * RECEIVED --reject-->            REJECTED
 * HAZARD_OPENED | INSPECTION_ORDERED --reward (granted or declined, once)--> the same status
 * </pre>
 */
public enum TipOffStatus {
    RECEIVED,
    HAZARD_OPENED,
    INSPECTION_ORDERED,
    REJECTED;

    private static final Map<TipOffStatus, Set<TipOffAction>> ALLOWED = new EnumMap<>(TipOffStatus.class);

    static {
        ALLOWED.put(RECEIVED, Set.of(TipOffAction.OPEN_HAZARD, TipOffAction.ORDER_INSPECTION, TipOffAction.REJECT));
        ALLOWED.put(HAZARD_OPENED, Set.of(TipOffAction.REWARD));
        ALLOWED.put(INSPECTION_ORDERED, Set.of(TipOffAction.REWARD));
        ALLOWED.put(REJECTED, Set.of());
    }

    public boolean allows(TipOffAction action) {
        return ALLOWED.get(this).contains(action);
    }

    /** The status the action leads to; an action the table does not allow here is a programming error. */
    public TipOffStatus after(TipOffAction action) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " from " + this);
        }
        return switch (action) {
            case OPEN_HAZARD -> HAZARD_OPENED;
            case ORDER_INSPECTION -> INSPECTION_ORDERED;
            case REJECT -> REJECTED;
            case REWARD -> this;
        };
    }

    public String messageKey() {
        return "tipoffStatus." + name();
    }
}
