package org.safeledger.campaign;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where each unit stands with its dispatch reports on a day, from the reports filed in one read: how many periods
 * so far it reported late or not at all, the day of its last report, whether it reported for the current period.
 */
final class DispatchStandings {

    private final Campaign campaign;
    private final Map<String, Map<LocalDate, LocalDate>> filedOn;
    private final List<DispatchClock.Window> windows;
    private final DispatchClock.@Nullable Window current;
    private final LocalDate today;

    DispatchStandings(
            Campaign campaign, List<CampaignStore.DispatchRow> rows, Period every, LocalDate today, ZoneId zone) {
        this.campaign = campaign;
        this.today = today;
        this.filedOn = rows.stream()
                .collect(Collectors.groupingBy(
                        CampaignStore.DispatchRow::regionCode,
                        Collectors.toMap(
                                CampaignStore.DispatchRow::periodFrom,
                                r -> r.filedAt().atZone(zone).toLocalDate())));
        this.windows = DispatchClock.begun(campaign.firstDay(), campaign.lastDay(), every, today);
        this.current = DispatchClock.current(campaign.firstDay(), campaign.lastDay(), every, today);
    }

    DispatchClock.@Nullable Window current() {
        return current;
    }

    /** Periods reported late or not at all by their due day; none for the launching region, which reports to no one. */
    long late(String regionCode) {
        if (regionCode.equals(campaign.regionCode())) {
            return 0;
        }
        var filed = filedOn.getOrDefault(regionCode, Map.of());
        return windows.stream()
                .filter(w -> DispatchClock.late(w, filed.get(w.from()), today))
                .count();
    }

    @Nullable
    LocalDate last(String regionCode) {
        return filedOn.getOrDefault(regionCode, Map.of()).values().stream()
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    boolean filedCurrent(String regionCode) {
        return current != null && filedOn.getOrDefault(regionCode, Map.of()).containsKey(current.from());
    }
}
