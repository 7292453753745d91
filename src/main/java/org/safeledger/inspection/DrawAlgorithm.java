package org.safeledger.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeledger.shared.RandomDraw;

/**
 * The published, deterministic algorithm of the double-random draw, simple enough to re-run by hand or in a
 * spreadsheet:
 *
 * <ol>
 *   <li>every enterprise {@code e} of the pool gets the rank {@code SHA-256("<seed>:<e>")} (lower-case hex of the
 *       UTF-8 text); the {@code count} lowest ranks are drawn, in rank order ({@link RandomDraw});
 *   <li>for each drawn enterprise, every inspector {@code i} of the roster gets the rank
 *       {@code SHA-256("<seed>:<e>:<i>")}; the {@code perTeam} lowest ranks among the inspectors not to be avoided at
 *       that enterprise form its team; when too few remain, the avoided ones fill the team in rank order (the team
 *       is marked as relaxed).
 * </ol>
 *
 * The same seed, pool, roster and avoidances always give the same teams.
 */
public final class DrawAlgorithm {

    private DrawAlgorithm() {}

    /** A drawn enterprise and its inspectors; {@code relaxed} when an avoided inspector had to be sent. */
    public record Team(long enterpriseId, List<Long> inspectorIds, boolean relaxed) {}

    public static List<Team> draw(
            long seed, List<Long> pool, List<Long> roster, int count, int perTeam, Map<Long, Set<Long>> avoid) {
        if (count > pool.size()) {
            throw new IllegalArgumentException("count " + count + " exceeds the pool of " + pool.size());
        }
        if (perTeam > roster.size()) {
            throw new IllegalArgumentException("team of " + perTeam + " exceeds the roster of " + roster.size());
        }
        var drawn = RandomDraw.sample(seed, pool, count);
        var teams = new ArrayList<Team>();
        for (long e : drawn) {
            var ranked = roster.stream()
                    .distinct()
                    .sorted(Comparator.comparing((Long i) -> rank(seed + ":" + e + ":" + i)))
                    .toList();
            var avoided = avoid.getOrDefault(e, Set.of());
            var team = new ArrayList<>(ranked.stream()
                    .filter(i -> !avoided.contains(i))
                    .limit(perTeam)
                    .toList());
            boolean relaxed = team.size() < perTeam;
            for (var i : ranked) {
                if (team.size() >= perTeam) {
                    break;
                }
                if (!team.contains(i)) {
                    team.add(i);
                }
            }
            teams.add(new Team(e, List.copyOf(team), relaxed));
        }
        return teams;
    }

    /** The rank of a key: its SHA-256 in lower-case hex ({@link RandomDraw#rank}). */
    public static String rank(String key) {
        return RandomDraw.rank(key);
    }
}
