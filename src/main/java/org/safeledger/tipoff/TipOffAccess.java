package org.safeledger.tipoff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.SafeLedgerException;

/**
 * Who triages a tip-off, asked alike by the pages (which forms to offer) and the API (whether to act): a supervising
 * department's staff ({@link Permission#TIPOFF_TRIAGE}) whose region holds the tip-off's county, and — when the
 * reporter named a sector — whose remit covers that sector; a tip-off naming none is for every supervising
 * department of the region. Enterprises never, whatever their role grants. Outside this rule a tip-off is not
 * found: its existence, let alone its reporter's contact, is nobody else's business.
 */
public final class TipOffAccess {

    private TipOffAccess() {}

    /** Whether the actor may see tip-offs at all (the list's permission). */
    public static boolean triages(Actor actor) {
        return actor.can(Permission.TIPOFF_TRIAGE) && actor.scope().enterpriseId() == null;
    }

    /** Whether the actor reads this tip-off, its photos and contact included. */
    public static boolean reads(Actor actor, TipOffReport report) {
        if (!triages(actor) || !actor.scope().region().contains(report.region())) {
            return false;
        }
        var sectors = actor.scope().sectors();
        return report.sector() == null || sectors.isEmpty() || sectors.contains(report.sector());
    }

    /** Why the actor may not take the step on the tip-off now, or empty. */
    public static Optional<SafeLedgerException> refusal(Actor actor, TipOff tipOff, TipOffAction action) {
        if (!reads(actor, tipOff.report())) {
            return Optional.of(new NotFoundException("error.tipoff.notFound", String.valueOf(tipOff.id())));
        }
        if (action == TipOffAction.OPEN_HAZARD && !actor.can(Permission.HAZARD_REPORT)) {
            return Optional.of(new ForbiddenException("error.forbidden.permission", Permission.HAZARD_REPORT.code()));
        }
        return tipOff.refusal(action).map(SafeLedgerException.class::cast);
    }

    /** The steps the actor may take now: what the API lists and the page offers forms for. */
    public static List<TipOffAction> available(Actor actor, TipOff tipOff) {
        return Arrays.stream(TipOffAction.values())
                .filter(a -> refusal(actor, tipOff, a).isEmpty())
                .toList();
    }
}
