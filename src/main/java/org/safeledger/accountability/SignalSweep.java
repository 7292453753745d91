package org.safeledger.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.safeledger.identity.Recipients;
import org.safeledger.notification.NotificationKind;
import org.safeledger.notification.Notifier;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Actor;
import org.safeledger.shared.RegionCode;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly idling signals: for every region with a matrix, the signals of the day just ended are computed from
 * the record and each new one (its first day that day) is sent to the region's accountable leaders — the two first
 * responsible and the leader in charge of work safety — in their language, linking the board. A signal computed
 * as of any other day is the same computation ({@link IdlingSignals}).
 */
@Component
class SignalSweep {

    static final String JOB = "idling-signals";

    /** The sweep reads every region as a country-wide administrator no one signs in as. */
    private static final Actor SYSTEM = Actor.system("system");

    private final IdlingSignals signals;
    private final ResponsibilityMatrix matrix;
    private final Recipients recipients;
    private final Notifier notifier;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    SignalSweep(
            IdlingSignals signals,
            ResponsibilityMatrix matrix,
            Recipients recipients,
            Notifier notifier,
            SafeLedgerProperties properties,
            Clock clock) {
        this.signals = signals;
        this.matrix = matrix;
        this.recipients = recipients;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${safeledger.accountability.signals.cron:0 15 3 * * *}")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void scheduled() {
        sweep(LocalDate.now(clock.withZone(properties.zone())).minusDays(1));
    }

    /** Sends the signals that began on the day; how many notices went out. */
    int sweep(LocalDate day) {
        int sent = 0;
        for (var code : matrix.regionsWithPosts()) {
            var fresh = signals.of(SYSTEM, code, day.toString()).items().stream()
                    .filter(s -> s.since().equals(day))
                    .toList();
            if (fresh.isEmpty()) {
                continue;
            }
            var region = new RegionCode(code);
            var to = matrix.accountableAccounts(region, null, null).stream()
                    .flatMap(id -> recipients.account(id).stream())
                    .toList();
            for (var s : fresh) {
                notifier.send(
                        to,
                        NotificationKind.IDLING_SIGNAL,
                        "signal:" + code + ":" + s.kind() + ":" + s.since(),
                        "/accountability?region=" + code + "&asOf=" + day,
                        List.of(s.subject().name(), s.since().toString()),
                        region,
                        clock.instant());
                sent += to.size();
            }
        }
        return sent;
    }
}
