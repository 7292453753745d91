package org.safeledger.tipoff;

import java.util.Arrays;
import java.util.Optional;

/** The triage steps, each named in the API's paths and the pages' forms by {@link #path()}. */
public enum TipOffAction {
    OPEN_HAZARD("open-hazard"),
    ORDER_INSPECTION("order-inspection"),
    REJECT("reject"),
    REWARD("reward");

    private final String path;

    TipOffAction(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<TipOffAction> fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    public String messageKey() {
        return "tipoffAction." + name();
    }
}
