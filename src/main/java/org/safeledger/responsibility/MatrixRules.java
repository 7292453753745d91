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

    /**
     * Who has the sector in charge on the day: the posts held then whose sectors include it (the safety leader's own
     * among them); where none is, the safety leader's post ({@code bySafetyLeader}). The page and the escalation
     * chain both ask this.
     */
    public static InCharge inCharge(List<LeaderPost> posts, @Nullable Sector sector, LocalDate day) {
        var held = sector == null
                ? List.<LeaderPost>of()
                : posts.stream()
                        .filter(p -> !p.role().firstResponsible() && p.inChargeOf(sector))
                        .filter(p -> p.holderOn(day).isPresent())
                        .toList();
        if (!held.isEmpty()) {
            return new InCharge(held, false);
        }
        return new InCharge(
                posts.stream()
                        .filter(p -> p.role() == MatrixRole.SAFETY_LEADER)
                        .filter(p -> p.holderOn(day).isPresent())
                        .toList(),
                true);
    }

    /** The holders answering for the sector (or, with none, for the region's work safety), first responsible first. */
    public static List<Holding> accountable(List<LeaderPost> posts, @Nullable Sector sector, LocalDate day) {
        var found = new ArrayList<Holding>();
        for (var role : List.of(MatrixRole.PARTY_SECRETARY, MatrixRole.GOVERNMENT_HEAD)) {
            posts.stream()
                    .filter(p -> p.role() == role)
                    .forEach(p -> p.holderOn(day).ifPresent(found::add));
        }
        inCharge(posts, sector, day).posts().forEach(p -> p.holderOn(day).ifPresent(found::add));
        return found.stream().distinct().toList();
    }

    /** The posts in charge of a sector on a day, and whether they are the safety leader's for want of another. */
    public record InCharge(List<LeaderPost> posts, boolean bySafetyLeader) {}
}
