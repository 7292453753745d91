package org.safeledger.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.Region;
import org.safeledger.shared.Sector;
import org.springframework.stereotype.Component;

/** Builds a matrix's view for a day: the holders then, their accounts, the sectors' leaders and departments. */
@Component
class MatrixViews {

    private final PersonDirectory people;
    private final DepartmentDirectory departments;

    MatrixViews(PersonDirectory people, DepartmentDirectory departments) {
        this.people = people;
        this.departments = departments;
    }

    MatrixView of(Region region, List<LeaderPost> posts, LocalDate day, boolean mayMaintain) {
        var accounts = accounts(posts);
        var inCharge = new ArrayList<MatrixView.InCharge>();
        for (var sector : Sector.values()) {
            var c = MatrixRules.inCharge(posts, sector, day);
            var leaders = c.posts().stream()
                    .flatMap(p -> leader(p, day, accounts).stream())
                    .toList();
            if (!leaders.isEmpty()) {
                inCharge.add(new MatrixView.InCharge(sector, leaders, c.bySafetyLeader()));
            }
        }
        var supervising = new ArrayList<MatrixView.SectorDepartment>();
        var own = departments.ofRegion(region.regionCode());
        for (var sector : Sector.values()) {
            own.stream()
                    .filter(d -> d.sectors().contains(sector))
                    .forEach(d -> supervising.add(new MatrixView.SectorDepartment(sector, d.id(), d.name())));
        }
        return new MatrixView(
                region.code(),
                region.name(),
                day,
                first(posts, MatrixRole.PARTY_SECRETARY, day, accounts),
                first(posts, MatrixRole.GOVERNMENT_HEAD, day, accounts),
                first(posts, MatrixRole.SAFETY_LEADER, day, accounts),
                inCharge,
                supervising,
                posts.stream().map(p -> post(p, day, accounts)).toList(),
                mayMaintain);
    }

    MatrixView.PostView post(LeaderPost post, LocalDate day) {
        return post(post, day, accounts(List.of(post)));
    }

    private static MatrixView.PostView post(LeaderPost p, LocalDate day, Map<Long, Long> accounts) {
        return new MatrixView.PostView(
                p.id(),
                p.regionCode(),
                p.role(),
                p.title(),
                p.sectors(),
                leader(p, day, accounts).orElse(null),
                p.holdings(),
                p.holdings().stream().anyMatch(Holding::open),
                p.version());
    }

    private Map<Long, Long> accounts(List<LeaderPost> posts) {
        return people.accounts(posts.stream()
                .flatMap(p -> p.holdings().stream())
                .map(Holding::personId)
                .distinct()
                .toList());
    }

    private static MatrixView.@Nullable Leader first(
            List<LeaderPost> posts, MatrixRole role, LocalDate day, Map<Long, Long> accounts) {
        return posts.stream()
                .filter(p -> p.role() == role)
                .flatMap(p -> leader(p, day, accounts).stream())
                .findFirst()
                .orElse(null);
    }

    private static java.util.Optional<MatrixView.Leader> leader(
            LeaderPost post, LocalDate day, Map<Long, Long> accounts) {
        return post.holderOn(day)
                .map(h -> new MatrixView.Leader(
                        post.id(), post.title(), h.personId(), h.personName(), accounts.get(h.personId()), h.from()));
    }
}
