package org.safeledger.identity.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    @GetMapping
    Me me(Actor actor) {
        var region = actor.scope().region();
        return new Me(
                actor.userId(),
                actor.username(),
                actor.displayName(),
                actor.roles().stream().map(Enum::name).sorted().toList(),
                region.equals(RegionCode.COUNTRY) ? null : region.value(),
                actor.scope().enterpriseId(),
                actor.departmentId(),
                actor.scope().sectors().stream().map(Enum::name).sorted().toList(),
                java.util.Arrays.stream(Permission.values())
                        .filter(actor::can)
                        .map(Permission::code)
                        .toList());
    }

    /** {@code GET /api/v1/me} (api.md), with the sectors of the scope and the permissions held. */
    record Me(
            long id,
            String username,
            String displayName,
            List<String> roles,
            @Nullable String regionCode,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            List<String> sectors,
            List<String> permissions) {}
}
