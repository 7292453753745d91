package org.safeledger.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChainStepTests {

    private static final Instant DUE = Instant.parse("2026-12-01T04:00:00Z");

    @Test
    void theCountysReportIsSentByFilingTheAccidentNeverAsAStepOfItsOwn() {
        assertThat(step(ReportStep.COUNTY, null, null).refusal(ChainStep.Action.SEND))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.accident.countySentByFiling"));
        assertThatThrownBy(() -> ChainStep.requireSendable(ReportStep.COUNTY))
                .hasMessageStartingWith("error.accident.countySentByFiling");
    }

    @Test
    void aStepIsSentOnceAndThenReceivedOnce() {
        var pending = step(ReportStep.PREFECTURE, null, null);
        assertThat(pending.allows(ChainStep.Action.SEND)).isTrue();
        assertThat(pending.allows(ChainStep.Action.RECEIVE)).isFalse();
        var sent = step(ReportStep.PREFECTURE, DUE, null);
        assertThat(sent.refusal(ChainStep.Action.SEND))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.accident.stepSent"));
        assertThat(sent.allows(ChainStep.Action.RECEIVE)).isTrue();
        var received = step(ReportStep.PREFECTURE, DUE, DUE.plusSeconds(600));
        assertThat(received.refusal(ChainStep.Action.RECEIVE))
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("error.accident.stepNotReceivable"));
    }

    private static ChainStep step(ReportStep step, @Nullable Instant sent, @Nullable Instant received) {
        return new ChainStep(
                step,
                "152900",
                true,
                DUE,
                sent,
                sent == null ? null : "a",
                received,
                received == null ? null : "b",
                Set.of(),
                ChainStep.State.PENDING);
    }
}
