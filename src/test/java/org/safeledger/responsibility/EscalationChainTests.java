package org.safeledger.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;

class EscalationChainTests {

    private static final RegionCode BANNER = new RegionCode("152921");
    private static final RegionCode LEAGUE = new RegionCode("152900");
    private static final long LEAGUE_BUREAU = 10;
    private static final long BANNER_BUREAU = 20;
    private static final long MINE = 30;

    private static Addressee tier(ResponsibleKind kind, @Nullable Long id, RegionCode region, int tier) {
        return EscalationChain.addressee(
                new Answerable(kind, id, region, Addressee.departmentStaff(LEAGUE_BUREAU)), tier);
    }

    @Test
    void aCountyGovernmentsItemGoesToItsOwnLeadersThenThePrefecturesThenTheProvinces() {
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 1)).isEqualTo(Addressee.accountable(BANNER, null));
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 2)).isEqualTo(Addressee.accountable(LEAGUE, null));
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 3))
                .isEqualTo(Addressee.accountable(new RegionCode("150000"), null));
    }

    @Test
    void aPartyCommitteeIsEscalatedAsItsGovernmentIs() {
        for (int t = 1; t <= 3; t++) {
            assertThat(tier(ResponsibleKind.PARTY_COMMITTEE, null, BANNER, t))
                    .isEqualTo(tier(ResponsibleKind.GOVERNMENT, null, BANNER, t));
        }
    }

    @Test
    void aDepartmentsItemGoesToItsHeadThenTheLeadersInChargeOfItsSectorsThenTheGovernmentAbove() {
        assertThat(tier(ResponsibleKind.DEPARTMENT, BANNER_BUREAU, BANNER, 1))
                .isEqualTo(Addressee.departmentHeads(BANNER_BUREAU));
        assertThat(tier(ResponsibleKind.DEPARTMENT, BANNER_BUREAU, BANNER, 2))
                .isEqualTo(Addressee.accountableFor(BANNER, BANNER_BUREAU));
        assertThat(tier(ResponsibleKind.DEPARTMENT, BANNER_BUREAU, BANNER, 3))
                .isEqualTo(Addressee.accountable(LEAGUE, null));
    }

    @Test
    void anEnterprisesItemGoesToItsPrincipalsThenTheAssigningDepartmentThenTheRegionsLeaders() {
        assertThat(tier(ResponsibleKind.ENTERPRISE, MINE, BANNER, 1)).isEqualTo(Addressee.enterprisePrincipals(MINE));
        assertThat(tier(ResponsibleKind.ENTERPRISE, MINE, BANNER, 2))
                .isEqualTo(Addressee.departmentStaff(LEAGUE_BUREAU));
        assertThat(tier(ResponsibleKind.ENTERPRISE, MINE, BANNER, 3)).isEqualTo(Addressee.accountable(BANNER, null));
    }

    @Test
    void anOverdueHazardClimbsToTheSectorsDepartmentsThenToTheLeaderInChargeOfTheSectorAndTheFirstResponsible() {
        var hazard = Answerable.hazard(MINE, BANNER, Sector.COAL_MINE);
        assertThat(EscalationChain.addressee(hazard, 1)).isEqualTo(Addressee.enterprisePrincipals(MINE));
        assertThat(EscalationChain.addressee(hazard, 2))
                .isEqualTo(Addressee.supervisingStaff(BANNER, Sector.COAL_MINE));
        assertThat(EscalationChain.addressee(hazard, 3)).isEqualTo(Addressee.accountable(BANNER, Sector.COAL_MINE));
    }

    @Test
    void aProvincesItemStaysWithTheProvinceAtTheTopOfTheChain() {
        var province = new RegionCode("150000");
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, province, 3))
                .isEqualTo(Addressee.accountable(province, null));
    }

    @Test
    void thereIsNoFourthTierAndAnEnterpriseAnswersByItsId() {
        assertThatThrownBy(() -> tier(ResponsibleKind.GOVERNMENT, null, BANNER, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tier(ResponsibleKind.ENTERPRISE, null, BANNER, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
