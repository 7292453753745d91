package org.safeledger.rectification;

import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.loop.SupervisionColour;

/**
 * The ledger's filters, each optional: origin, responsible kind, region subtree, status, overdue, 督办 colour, and
 * {@code standing} (only the items the actor answers for, or only those it assigned).
 */
public record RectificationFilter(
        @Nullable Origin origin,
        @Nullable ResponsibleKind responsibleKind,
        @Nullable String regionCode,
        @Nullable RectificationStatus status,
        @Nullable Boolean overdue,
        @Nullable SupervisionColour supervision,
        @Nullable Standing standing) {

    public static RectificationFilter none() {
        return new RectificationFilter(null, null, null, null, null, null, null);
    }
}
