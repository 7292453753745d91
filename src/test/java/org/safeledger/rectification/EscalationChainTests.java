package org.safeledger.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.rectification.EscalationChain.Addressee;
import org.safeledger.rectification.EscalationChain.Addressee.Group;
import org.safeledger.shared.RegionCode;

class EscalationChainTests {

    private static final RegionCode BANNER = new RegionCode("152921");
    private static final RegionCode LEAGUE = new RegionCode("152900");

    private static Addressee tier(ResponsibleKind kind, Long id, RegionCode region, int tier) {
        return EscalationChain.addressee(kind, id, region, Items.LEAGUE_BUREAU, LEAGUE, tier);
    }

    @Test
    void aCountyGovernmentsItemGoesToItsOwnLeadersThenThePrefecturesThenTheProvinces() {
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 1))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "152921"));
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 2))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "152900"));
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, BANNER, 3))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "150000"));
    }

    @Test
    void aPartyCommitteeIsEscalatedAsItsGovernmentIs() {
        for (int t = 1; t <= 3; t++) {
            assertThat(tier(ResponsibleKind.PARTY_COMMITTEE, null, BANNER, t))
                    .isEqualTo(tier(ResponsibleKind.GOVERNMENT, null, BANNER, t));
        }
    }

    @Test
    void aDepartmentsItemGoesToItsHeadThenItsGovernmentsLeadersThenTheGovernmentAbove() {
        assertThat(tier(ResponsibleKind.DEPARTMENT, Items.BANNER_BUREAU, BANNER, 1))
                .isEqualTo(new Addressee(Group.DEPARTMENT_HEADS, Items.BANNER_BUREAU, null));
        assertThat(tier(ResponsibleKind.DEPARTMENT, Items.BANNER_BUREAU, BANNER, 2))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "152921"));
        assertThat(tier(ResponsibleKind.DEPARTMENT, Items.BANNER_BUREAU, BANNER, 3))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "152900"));
    }

    @Test
    void anEnterprisesItemGoesToItsPrincipalsThenTheAssigningDepartmentThenTheRegionsLeaders() {
        assertThat(tier(ResponsibleKind.ENTERPRISE, Items.MINE, BANNER, 1))
                .isEqualTo(new Addressee(Group.ENTERPRISE_PRINCIPALS, Items.MINE, null));
        assertThat(tier(ResponsibleKind.ENTERPRISE, Items.MINE, BANNER, 2))
                .isEqualTo(new Addressee(Group.DEPARTMENT_STAFF, Items.LEAGUE_BUREAU, null));
        assertThat(tier(ResponsibleKind.ENTERPRISE, Items.MINE, BANNER, 3))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "152921"));
    }

    @Test
    void aProvincesItemStaysWithTheProvinceAtTheTopOfTheChain() {
        var province = new RegionCode("150000");
        assertThat(tier(ResponsibleKind.GOVERNMENT, null, province, 3))
                .isEqualTo(new Addressee(Group.REGION_LEADERS, null, "150000"));
    }
}
