package org.safeledger.accountability;

import java.util.Optional;
import org.safeledger.responsibility.MatrixAccess;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.RegionCode;

/**
 * Who reads what accountability shows of a region — its signals, decisions, triggers, scorecard, board: the readers
 * of its matrix whose own region contains it. A county may read the league's matrix (who answers above it) but not
 * the league's board, which is its whole subtree's: the other counties' facts and names.
 */
final class BoardAccess {

    private BoardAccess() {}

    static Optional<ForbiddenException> readRefusal(Actor actor, RegionCode region) {
        var refused = MatrixAccess.readRefusal(actor, region);
        if (refused.isPresent()) {
            return refused;
        }
        return actor.scope().region().contains(region)
                ? Optional.empty()
                : Optional.of(new ForbiddenException("error.accountability.aboveScope", region.value()));
    }

    static void require(Actor actor, RegionCode region) {
        var refused = readRefusal(actor, region);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }
}
