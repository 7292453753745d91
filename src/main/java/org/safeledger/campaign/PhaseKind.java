package org.safeledger.campaign;

import java.util.Optional;

/**
 * The four phases of the 2023 national campaign, in order: mobilisation (动员部署), the enterprises' self-check and
 * self-correction with departmental help (企业自查自改和部门帮扶), precise enforcement (部门精准执法), summary (总结提高).
 */
public enum PhaseKind {
    MOBILISATION,
    SELF_CHECK,
    ENFORCEMENT,
    SUMMARY;

    /** The phase after this one, if any. */
    public Optional<PhaseKind> next() {
        var all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    public String messageKey() {
        return "phaseKind." + name();
    }
}
