package org.safeledger.org;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Regions as people read them, for the pages ({@code ${@regionNames.of(code)}}): the name, not the GB/T 2260 code;
 * and the regions a region picker starts with — the reader's own region and the regions directly under it (a
 * search finds the others by name, within the reader's scope).
 */
@Component("regionNames")
public class RegionNames {

    private final RegionDirectory regions;

    RegionNames(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The region's name; the code itself for a code that names no region; a dash for none. */
    public String of(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return regions.find(code).map(Region::name).orElse(code);
    }

    /**
     * The region a page about one region opens on: the reader's own; for a country-wide reader (000000 is no region)
     * the first of the picker, a province.
     */
    public String home(Actor actor) {
        var own = actor.scope().region();
        if (!own.equals(org.safeledger.shared.RegionCode.COUNTRY)) {
            return own.value();
        }
        var options = choices(actor, null);
        return options.isEmpty() ? own.value() : options.get(0).code();
    }

    /** The picker's first options: the reader's region and its children (the provinces for the whole country). */
    public List<Region> choices(@Nullable Actor actor, @Nullable String selected) {
        var options = new ArrayList<Region>();
        var own = actor == null
                ? null
                : regions.find(actor.scope().region().value()).orElse(null);
        if (own != null) {
            options.add(own);
            options.addAll(regions.children(own.code()));
        } else {
            options.addAll(regions.provinces());
        }
        if (selected != null
                && !selected.isBlank()
                && options.stream().noneMatch(r -> r.code().equals(selected))) {
            regions.find(selected).ifPresent(r -> options.add(0, r));
        }
        return options;
    }

    /** Regions in the reader's scope whose name contains the text (at most 50), for the picker's search. */
    public List<Region> search(Actor actor, String text) {
        return regions.search(text, actor.scope().region().subtreePrefix());
    }
}
