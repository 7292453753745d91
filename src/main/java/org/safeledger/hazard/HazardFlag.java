package org.safeledger.hazard;

/** What the application found suspicious about a hazard, shown on it until a person looks. */
public enum HazardFlag {
    /**
     * Rectification evidence that was already used for a different hazard: the identical file anywhere, or a
     * near-identical photo (perceptual hash) of the same enterprise — a suspected false rectification.
     */
    REUSED_EVIDENCE,
    /**
     * The same enterprise cites the same clause again within the repeat window after an earlier hazard of that
     * clause was ordered rectified or was closed (明知故犯、屡禁不止): handle it with aggravation (从重).
     */
    REPEAT;

    public String messageKey() {
        return "hazardFlag." + name();
    }
}
