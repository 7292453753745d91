package org.safeledger.rectification;

import org.jspecify.annotations.Nullable;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.RegionCode;

/** A responsible party or an assigning body, resolved: its kind, id or region, the region it sits in, its name. */
public record Party(
        ResponsibleKind kind, @Nullable Long id, @Nullable String regionCode, RegionCode region, String name) {

    Responsible asResponsible() {
        return new Responsible(kind.name(), id, regionCode, name);
    }
}
