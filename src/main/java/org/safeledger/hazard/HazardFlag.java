package org.safeledger.hazard;

/** What the application found suspicious about a hazard, shown on it until a person looks. */
public enum HazardFlag {
    /**
     * Rectification evidence that was already used for a different hazard: the identical file anywhere, or a
     * near-identical photo (perceptual hash) of the same enterprise — a suspected false rectification.
     */
    REUSED_EVIDENCE;

    public String messageKey() {
        return "hazardFlag." + name();
    }
}
