package org.safeledger.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.hazard.HazardSource;

class FindingSourceTests {

    @Test
    void anEnterprisesOwnChecksCountAsSelfFoundAndEveryOtherSourceAsFoundByDepartments() {
        assertThat(FindingSource.finder(HazardSource.SELF_INSPECTION)).isEqualTo(FindingSource.SELF_INSPECTION);
        assertThat(FindingSource.finder(HazardSource.CAMPAIGN)).isEqualTo(FindingSource.SELF_INSPECTION);
        assertThat(FindingSource.finder(HazardSource.ACCIDENT_LESSON)).isEqualTo(FindingSource.SELF_INSPECTION);
        assertThat(FindingSource.finder(HazardSource.ENFORCEMENT_INSPECTION)).isEqualTo(FindingSource.DEPARTMENT);
        assertThat(FindingSource.finder(HazardSource.INSPECTION_TOUR)).isEqualTo(FindingSource.DEPARTMENT);
        assertThat(FindingSource.finder(HazardSource.PUBLIC_REPORT)).isEqualTo(FindingSource.DEPARTMENT);
    }
}
