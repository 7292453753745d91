package org.safeledger.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A double-random draw as recorded: the parameters, the seed, the pool and roster it drew from, the avoidances it
 * honoured, and the teams. {@code enterpriseIds} are the drawn enterprises in draw order.
 */
public record Draw(
        long id,
        long departmentId,
        String regionCode,
        List<String> sectors,
        int count,
        int inspectorsPerTeam,
        @Nullable Integer excludeInspectedWithinDays,
        @Nullable Integer avoidOwnTargetsWithinDays,
        List<String> supervisionClasses,
        long seed,
        List<Long> pool,
        List<Long> roster,
        Map<Long, Set<Long>> avoid,
        List<DrawAlgorithm.Team> teams,
        Instant createdAt) {

    @com.fasterxml.jackson.annotation.JsonProperty("enterpriseIds")
    public List<Long> enterpriseIds() {
        return teams.stream().map(DrawAlgorithm.Team::enterpriseId).toList();
    }
}
