package org.safeledger.org;

import java.util.List;
import java.util.Optional;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reading the GB/T 2260 regions. Region codes and names are public reference data: any signed-in user may
 * read any region; what a user may see inside a region is decided by the data scope elsewhere.
 */
@Service
public class RegionDirectory {

    private final Regions regions;

    RegionDirectory(Regions regions) {
        this.regions = regions;
    }

    public Optional<Region> find(String code) {
        return regions.find(code);
    }

    public Region get(String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("error.region.notFound", code));
    }

    /** The region named by an input field, or 400 naming that field. */
    public Region require(String field, String code) {
        return regions.find(code).orElseThrow(() -> new InvalidInputException(field, "error.region.unknown", code));
    }

    public List<Region> children(String code) {
        get(code);
        return regions.children(code);
    }

    public List<Region> provinces() {
        return regions.provinces();
    }

    public List<Region> path(String code) {
        return regions.path(code);
    }

    public List<Region> search(String text) {
        return text.isBlank() ? List.of() : regions.search(text.strip(), 50);
    }

    /** The same search within a region's subtree (its code prefix): a picker finds what the reader may choose. */
    public List<Region> search(String text, String subtreePrefix) {
        return text.isBlank() ? List.of() : regions.search(text.strip(), subtreePrefix, 50);
    }
}
