package org.safeledger.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A frozen report is never rebuilt: what changed since is shown as corrections in the next month's report. */
class MonthlyFiguresTests {

    @Test
    void aFigureCountedDifferentlyNowIsACorrectionWithBothValues() {
        var issued = Map.of("hazards.found", 10L, "hazards.closed", 4L);
        var now = Map.of("hazards.found", 12L, "hazards.closed", 4L);
        assertThat(MonthlyFigures.corrections(issued, now))
                .containsExactly(new MonthlyFigures.Correction("hazards.found", 10, 12));
    }

    @Test
    void withoutLastMonthsReportThereIsNothingToCorrect() {
        assertThat(MonthlyFigures.corrections(Map.of(), Map.of("hazards.found", 3L)))
                .isEmpty();
    }
}
