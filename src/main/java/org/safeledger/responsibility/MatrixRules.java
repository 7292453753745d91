package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.shared.Sector;

/**
 * Whom a region's matrix holds to account on a day: the two first-responsible leaders, and for a sector the leader
 * in charge of it (一岗双责) — the leader in charge of work safety when no one else has the sector. The posts' holders
 * on that day, not today's.
 */
public final class MatrixRules {

    private MatrixRules() {}

    /** The holders answering for the sector (or, with none, for the region's work safety), first responsible first. */
    public static List<Holding> accountable(List<LeaderPost> posts, @Nullable Sector sector, LocalDate day) {
        var found = new ArrayList<Holding>();
        for (var role : List.of(MatrixRole.PARTY_SECRETARY, MatrixRole.GOVERNMENT_HEAD)) {
            posts.stream()
                    .filter(p -> p.role() == role)
                    .forEach(p -> p.holderOn(day).ifPresent(found::add));
        }
        var inCharge = sector == null
                ? List.<Holding>of()
                : posts.stream()
                        .filter(p -> !p.role().firstResponsible() && p.inChargeOf(sector))
                        .flatMap(p -> p.holderOn(day).stream())
                        .toList();
        if (inCharge.isEmpty()) {
            posts.stream()
                    .filter(p -> p.role() == MatrixRole.SAFETY_LEADER)
                    .forEach(p -> p.holderOn(day).ifPresent(found::add));
        } else {
            found.addAll(inCharge);
        }
        return found.stream().distinct().toList();
    }
}
