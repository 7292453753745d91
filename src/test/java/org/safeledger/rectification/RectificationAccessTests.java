package org.safeledger.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.responsibility.ResponsibleKind;
import org.safeledger.shared.RegionCode;

class RectificationAccessTests {

    private static final RectificationAccess.Facts TO_BANNER_GOVERNMENT =
            RectificationAccess.Facts.of(Items.toBannerGovernment(RectificationStatus.ASSIGNED));

    @Test
    void theBannersLeaderAnswersForTheItemOfTheBannersGovernment() {
        assertThat(RectificationAccess.standing(Items.leader("152921"), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.RESPONSIBLE);
    }

    @Test
    void theLeaguesBureauThatAssignedItAcceptsIt() {
        assertThat(RectificationAccess.standing(Items.inspector("152900", Items.LEAGUE_BUREAU), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.ASSIGNER);
    }

    @Test
    void anotherDepartmentOfTheLeagueSupervisesFromAbove() {
        assertThat(RectificationAccess.standing(Items.inspector("152900", 77), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.SUPERVISOR);
    }

    @Test
    void aDepartmentOfTheBannerItselfDoesNotSeeItsGovernmentsItem() {
        assertThat(RectificationAccess.standing(Items.inspector("152921", Items.BANNER_BUREAU), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.NONE);
    }

    @Test
    void anEnterpriseSeesOnlyTheItemsItAnswersFor() {
        assertThat(RectificationAccess.standing(Items.principal(Items.MINE), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.NONE);
        var own = RectificationAccess.Facts.of(
                Items.item(ResponsibleKind.ENTERPRISE, Items.MINE, null, "152921", RectificationStatus.ASSIGNED));
        assertThat(RectificationAccess.standing(Items.principal(Items.MINE), own))
                .isEqualTo(Standing.RESPONSIBLE);
    }

    @Test
    void anotherCountysLeaderDoesNotSeeIt() {
        assertThat(RectificationAccess.standing(Items.leader("152922"), TO_BANNER_GOVERNMENT))
                .isEqualTo(Standing.NONE);
    }

    @Test
    void theBannersLeaderSupervisesTheItemsOfItsOwnDepartments() {
        var departments = RectificationAccess.Facts.of(Items.item(
                ResponsibleKind.DEPARTMENT, Items.BANNER_BUREAU, null, "152921", RectificationStatus.ASSIGNED));
        assertThat(RectificationAccess.standing(Items.leader("152921"), departments))
                .isEqualTo(Standing.SUPERVISOR);
    }

    @Test
    void nobodyMayAssignAnItemToTheirOwnBodyNorOutsideTheirRegion() {
        var banner = new RegionCode("152921");
        assertThat(RectificationAccess.assignRefusal(
                        Items.inspector("152921", Items.BANNER_BUREAU),
                        ResponsibleKind.DEPARTMENT,
                        Items.BANNER_BUREAU,
                        null,
                        banner))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.rectification.ownBody"));
        assertThat(RectificationAccess.assignRefusal(
                        Items.inspector("152921", Items.BANNER_BUREAU),
                        ResponsibleKind.GOVERNMENT,
                        null,
                        "152900",
                        new RegionCode("152900")))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.rectification.outsideRegion"));
        assertThat(RectificationAccess.assignRefusal(
                        Items.inspector("152900", Items.LEAGUE_BUREAU),
                        ResponsibleKind.GOVERNMENT,
                        null,
                        "152921",
                        banner))
                .isEmpty();
        assertThat(RectificationAccess.assignRefusal(
                        Items.principal(Items.MINE), ResponsibleKind.ENTERPRISE, Items.MINE, null, banner))
                .isPresent();
    }
}
