package org.safeledger.rectification;

import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.InvalidInputException;

/**
 * The responsible party of an item: {@code {kind: ENTERPRISE|DEPARTMENT, id}} or {@code {kind:
 * GOVERNMENT|PARTY_COMMITTEE, regionCode}}; answers add its {@code name}.
 */
public record Responsible(
        String kind,
        @Nullable Long id,
        @Nullable String regionCode,
        @Nullable String name) {

    /**
     * A page's choice, {@code KIND:id} or {@code KIND:regionCode}; one that is neither is a 400 naming {@code field}.
     */
    public static Responsible parse(String field, String choice) {
        int colon = choice.indexOf(':');
        if (colon < 1) {
            throw new InvalidInputException(field, "error.field.required");
        }
        var kind = choice.substring(0, colon);
        var value = choice.substring(colon + 1);
        if (kind.equals(ResponsibleKind.GOVERNMENT.name()) || kind.equals(ResponsibleKind.PARTY_COMMITTEE.name())) {
            return new Responsible(kind, null, value, null);
        }
        if (!value.matches("\\d{1,18}")) {
            throw new InvalidInputException(field, "error.rectification.unknownParty", value);
        }
        return new Responsible(kind, Long.valueOf(value), null, null);
    }
}
