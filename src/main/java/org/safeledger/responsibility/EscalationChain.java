package org.safeledger.responsibility;

import org.safeledger.shared.RegionCode;

/**
 * Who is told, tier by tier, when a record runs past its deadline: up the answering party's own chain, never only
 * its handler (督办: "reminders go to the responsible leader"). One chain for hazards and rectification items.
 *
 * <p>"The region's leaders" is always the region's responsibility matrix ({@link ResponsibilityMatrix}): its two
 * first-responsible leaders and the leader in charge of the record's sector (一岗双责) — of work safety where the
 * record has no sector or no one has it in charge; the region's leader accounts only where its matrix names no one.
 *
 * <ul>
 *   <li>an enterprise: its principals, then the body supervising the record (the assigning body; for a hazard, the
 *       departments supervising its sector), then the region's leaders for the sector;
 *   <li>a department: its head, then its region's leaders for the department's sectors, then the region above's;
 *   <li>a government or party committee: its own first-responsible leaders, then those of the region above (a
 *       county's: the prefecture's), then the one above that.
 * </ul>
 */
public final class EscalationChain {

    /** Three tiers, for hazards and items alike. */
    public static final int TIERS = 3;

    private EscalationChain() {}

    /** Whom tier {@code tier} (1 to 3) of the party's chain addresses. */
    public static Addressee addressee(Answerable party, int tier) {
        if (tier < 1 || tier > TIERS) {
            throw new IllegalArgumentException("no escalation tier " + tier);
        }
        return switch (party.kind()) {
            case ENTERPRISE ->
                switch (tier) {
                    case 1 -> Addressee.enterprisePrincipals(party.requiredId());
                    case 2 -> party.supervisor();
                    default -> Addressee.accountable(party.region(), party.sector());
                };
            case DEPARTMENT ->
                switch (tier) {
                    case 1 -> Addressee.departmentHeads(party.requiredId());
                    case 2 -> Addressee.accountableFor(party.region(), party.requiredId());
                    default -> Addressee.accountable(above(party.region(), 1), null);
                };
            case GOVERNMENT, PARTY_COMMITTEE -> Addressee.accountable(above(party.region(), tier - 1), null);
        };
    }

    /** The region {@code levels} levels above, or the province when there is no level that high. */
    static RegionCode above(RegionCode region, int levels) {
        var lineage = region.lineage();
        return lineage.get(Math.min(levels, lineage.size() - 1));
    }
}
