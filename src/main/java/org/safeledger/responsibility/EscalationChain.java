package org.safeledger.responsibility;

import org.safeledger.shared.RegionCode;

/**
 * Who is told, tier by tier, when a record runs past its deadline: up the answering party's own chain, never only
 * its handler (督办: "reminders go to the responsible leader"). One chain for hazards and rectification items.
 *
 * <ul>
 *   <li>an enterprise: its principals, then the body supervising the record (the assigning body; for a hazard, the
 *       departments supervising its sector), then the region's leaders;
 *   <li>a department: its head, then its region's government leaders (the leader in charge of its sector among
 *       them), then the government above;
 *   <li>a government or party committee: its own first-responsible leaders, then the government of the region
 *       above (a county's: the prefecture's), then the one above that.
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
                    default -> Addressee.regionLeaders(party.region());
                };
            case DEPARTMENT ->
                switch (tier) {
                    case 1 -> Addressee.departmentHeads(party.requiredId());
                    case 2 -> Addressee.regionLeaders(party.region());
                    default -> Addressee.regionLeaders(above(party.region(), 1));
                };
            case GOVERNMENT, PARTY_COMMITTEE -> Addressee.regionLeaders(above(party.region(), tier - 1));
        };
    }

    /** The region {@code levels} levels above, or the province when there is no level that high. */
    static RegionCode above(RegionCode region, int levels) {
        var lineage = region.lineage();
        return lineage.get(Math.min(levels, lineage.size() - 1));
    }
}
