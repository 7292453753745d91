package org.safeledger.rectification.web;

import org.jspecify.annotations.Nullable;
import org.safeledger.rectification.Origin;
import org.safeledger.rectification.RectificationFilter;
import org.safeledger.rectification.RectificationStatus;
import org.safeledger.rectification.Standing;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.loop.SupervisionColour;

/** The ledger's query parameters, the same for the API, the page and the spreadsheet; a bad one is a 400 naming it. */
record RectificationQuery(
        @Nullable String origin,
        @Nullable String responsibleKind,
        @Nullable String regionCode,
        @Nullable String status,
        @Nullable Boolean overdue,
        @Nullable String supervision,
        @Nullable String standing) {

    RectificationFilter filter() {
        if (present(regionCode)) {
            new RegionCode(regionCode);
        }
        return new RectificationFilter(
                present(origin) ? InputValues.code(Origin.class, "origin", origin) : null,
                present(responsibleKind)
                        ? InputValues.code(ResponsibleKind.class, "responsibleKind", responsibleKind)
                        : null,
                present(regionCode) ? regionCode : null,
                present(status) ? InputValues.code(RectificationStatus.class, "status", status) : null,
                overdue,
                present(supervision) ? InputValues.code(SupervisionColour.class, "supervision", supervision) : null,
                present(standing) ? InputValues.code(Standing.class, "standing", standing) : null);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
