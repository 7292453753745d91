package org.safeledger.org.web;

import java.util.List;
import org.safeledger.org.Region;
import org.safeledger.org.RegionDirectory;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GB/T 2260 regions (api.md): {@code {code, name, level, parentCode}}. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

    private final RegionDirectory regions;

    RegionApi(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The provinces, or with {@code q} the regions whose name contains it or whose code starts with it. */
    @GetMapping
    List<Region> roots(Actor actor, @RequestParam(required = false) String q) {
        actor.require(Permission.REGION_READ);
        return q == null ? regions.provinces() : regions.search(q);
    }

    @GetMapping("/{code}")
    Region get(Actor actor, @PathVariable String code) {
        actor.require(Permission.REGION_READ);
        return regions.get(code);
    }

    @GetMapping("/{code}/children")
    List<Region> children(Actor actor, @PathVariable String code) {
        actor.require(Permission.REGION_READ);
        return regions.children(code);
    }
}
