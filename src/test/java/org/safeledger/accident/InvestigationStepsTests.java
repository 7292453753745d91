package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.NotFoundException;

class InvestigationStepsTests {

    private static final LocalDate DUE = LocalDate.parse("2027-01-30");

    @Test
    void anInvestigationIsExtendedOnceOnly() {
        assertThat(investigation(0).extendable()).isTrue();
        var extended = investigation(30);
        assertThat(extended.extendable()).isFalse();
        assertThatThrownBy(extended::requireExtendable)
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("error.accident.extendedAlready");
    }

    @Test
    void aResponsibilityIsDecidedOnButARecommendationIsCarriedOutNotDecided() {
        var investigation = investigation(0);
        assertThat(investigation.responsibility(2).id()).isEqualTo(2);
        assertThatThrownBy(() -> investigation.responsibility(1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> investigation.responsibility(3)).isInstanceOf(NotFoundException.class);
    }

    private static Investigation investigation(int extensionDays) {
        return new Investigation(
                5,
                InvestigatingBody.COUNTY_GOVERNMENT,
                3,
                "bureau",
                "team lead",
                List.of(),
                Instant.parse("2026-12-01T02:00:00Z"),
                DUE,
                extensionDays,
                null,
                null,
                List.of(),
                0,
                DUE.plusDays(extensionDays),
                null,
                null,
                null,
                null,
                Investigation.State.OPEN,
                50,
                0,
                List.of(
                        item(1, Investigation.ItemKind.RECOMMENDATION),
                        item(2, Investigation.ItemKind.RESPONSIBILITY)));
    }

    private static Investigation.Item item(long id, Investigation.ItemKind kind) {
        return new Investigation.Item(
                id, kind, "text", "who", null, Set.of(), Set.of(), "", DUE, null, null, null, false);
    }
}
