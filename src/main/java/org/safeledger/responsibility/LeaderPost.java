package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.Sector;

/**
 * A post of a region's matrix and the people who have held it, oldest first. A post's role and sectors do not
 * change (a new division of labour is a new post), so every past day's answer stays what it was. At most one
 * holder at a time: appointing a successor ends the holder's term the day before; a vacancy ends it on its day.
 */
public final class LeaderPost {

    private final long id;
    private final String regionCode;
    private final MatrixRole role;
    private final String title;
    private final Set<Sector> sectors;
    private final List<Holding> holdings;
    private final int version;
    private final List<Holding> changed = new ArrayList<>();

    LeaderPost(
            long id,
            String regionCode,
            MatrixRole role,
            String title,
            Set<Sector> sectors,
            List<Holding> holdings,
            int version) {
        this.id = id;
        this.regionCode = regionCode;
        this.role = role;
        this.title = title;
        this.sectors =
                sectors.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(sectors));
        this.holdings = new ArrayList<>(holdings);
        this.version = version;
    }

    /** Who held the post on the day, if anyone. */
    public Optional<Holding> holderOn(LocalDate day) {
        return holdings.stream().filter(h -> h.heldOn(day)).findFirst();
    }

    /** Whether the post answers for the sector's safety: a sector leader's or the safety leader's own sectors. */
    public boolean inChargeOf(Sector sector) {
        return sectors.contains(sector);
    }

    /**
     * The person holds the post from {@code from}; the present holder's term ends the day before. A term starts after
     * the last one started and after the last one ended: history is appended to, never rewritten.
     */
    Holding appoint(long personId, String personName, LocalDate from) {
        var last = last();
        if (last.isPresent()) {
            var previous = last.get();
            if (!from.isAfter(previous.from()) || (previous.to() != null && !from.isAfter(previous.to()))) {
                throw new InvalidInputException(
                        "from", "error.matrix.fromTooEarly", previous.to() == null ? previous.from() : previous.to());
            }
            if (previous.personId() == personId && previous.open()) {
                throw new InvalidInputException("personId", "error.matrix.alreadyHolds", personName);
            }
            if (previous.open()) {
                replace(previous.endingOn(from.minusDays(1)));
            }
        }
        var holding = new Holding(0, personId, personName, from, null);
        holdings.add(holding);
        changed.add(holding);
        return holding;
    }

    /** The holder leaves the post; {@code on} is the last day held. */
    Holding vacate(LocalDate on) {
        var current = last().filter(Holding::open)
                .orElseThrow(() -> new InvalidInputException("on", "error.matrix.vacant", title));
        if (on.isBefore(current.from())) {
            throw new InvalidInputException("on", "error.matrix.vacateBeforeFrom", current.from());
        }
        var ended = current.endingOn(on);
        replace(ended);
        return ended;
    }

    private void replace(Holding ended) {
        holdings.set(holdings.size() - 1, ended);
        changed.add(ended);
    }

    private Optional<Holding> last() {
        return holdings.isEmpty() ? Optional.empty() : Optional.of(holdings.get(holdings.size() - 1));
    }

    /** The holdings a step added or ended, for the store. */
    List<Holding> changed() {
        return List.copyOf(changed);
    }

    public long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public MatrixRole role() {
        return role;
    }

    public String title() {
        return title;
    }

    public Set<Sector> sectors() {
        return sectors;
    }

    public List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    public int version() {
        return version;
    }
}
