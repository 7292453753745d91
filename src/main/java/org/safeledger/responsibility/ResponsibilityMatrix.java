package org.safeledger.responsibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.Department;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.Person;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DraftCheck;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.InputValues;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility matrix of each region: read as of any day, its posts created and their holders appointed and
 * ended by the region's safety committee office or an administrator, and asked by the escalation chain whom a
 * region holds to account for a sector today.
 */
@Service
public class ResponsibilityMatrix {

    private final MatrixStore store;
    private final MatrixViews views;
    private final PersonDirectory people;
    private final DepartmentDirectory departments;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final SafeLedgerProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponsibilityMatrix(
            MatrixStore store,
            MatrixViews views,
            PersonDirectory people,
            DepartmentDirectory departments,
            RegionDirectory regions,
            DraftCheck drafts,
            SafeLedgerProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.views = views;
        this.people = people;
        this.departments = departments;
        this.regions = regions;
        this.drafts = drafts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** The region's matrix as of {@code asOf} (today when empty). */
    public MatrixView of(Actor actor, String regionCode, @Nullable String asOf) {
        var region = readable(actor, regionCode);
        var day = InputValues.date("asOf", asOf);
        return views.of(
                regions.get(region.value()),
                store.posts(region.value()),
                day == null ? today() : day,
                maintainable(actor, region));
    }

    @Transactional
    public MatrixView.PostView createPost(Actor actor, String regionCode, MatrixInputs.NewPost input) {
        drafts.check(input);
        var region = new RegionCode(regions.require("regionCode", regionCode).code());
        requireMaintainer(actor, region);
        var role = InputValues.code(MatrixRole.class, "role", input.role());
        var sectors = new ArrayList<Sector>();
        for (var code : input.sectors() == null ? List.<String>of() : input.sectors()) {
            var sector = InputValues.code(Sector.class, "sectors", code);
            if (!sectors.contains(sector)) {
                sectors.add(sector);
            }
        }
        if (role == MatrixRole.SECTOR_LEADER && sectors.isEmpty()) {
            throw new InvalidInputException("sectors", "error.matrix.sectorsRequired");
        }
        if (role.firstResponsible() && !sectors.isEmpty()) {
            throw new InvalidInputException("sectors", "error.matrix.noSectorsForFirst");
        }
        long id =
                store.insertPost(region.value(), role, input.title().strip(), sectors, actor.userId(), clock.instant());
        events.publishEvent(Audited.by(
                actor,
                "matrix.post",
                "leader-post:" + id,
                Map.of(
                        "region",
                        region.value(),
                        "role",
                        role.name(),
                        "title",
                        input.title().strip())));
        return post(actor, id);
    }

    /** The person holds the post from the day; the previous holder's term ends the day before. */
    @Transactional
    public MatrixView.PostView appoint(Actor actor, long postId, MatrixInputs.Appointment input) {
        drafts.check(input);
        var post = maintained(actor, postId);
        var from = bounded("from", input.from());
        Person person = people.find(actor, input.personId())
                .filter(p -> p.enterpriseId() == null && p.regionCode().equals(post.regionCode()))
                .orElseThrow(() -> new InvalidInputException("personId", "error.matrix.personOutside"));
        var holding = post.appoint(person.id(), person.name(), from);
        store.save(post, input.version(), actor.userId(), clock.instant());
        events.publishEvent(Audited.by(
                actor,
                "matrix.appoint",
                "leader-post:" + postId,
                Map.of("person", person.name(), "from", holding.from().toString())));
        return post(actor, postId);
    }

    /** The holder leaves the post; the day is the last one held. */
    @Transactional
    public MatrixView.PostView vacate(Actor actor, long postId, MatrixInputs.Vacancy input) {
        drafts.check(input);
        var post = maintained(actor, postId);
        var ended = post.vacate(bounded("on", input.on()));
        store.save(post, input.version(), actor.userId(), clock.instant());
        events.publishEvent(Audited.by(
                actor,
                "matrix.vacate",
                "leader-post:" + postId,
                Map.of("person", ended.personName(), "to", String.valueOf(ended.to()))));
        return post(actor, postId);
    }

    public MatrixView.PostView post(Actor actor, long postId) {
        var post = store.post(postId).orElseThrow(() -> new NotFoundException("error.matrix.postNotFound", postId));
        readable(actor, post.regionCode());
        return views.post(post, today());
    }

    /** The people a maintainer may appoint to the region's posts: its own, not an enterprise's. */
    public List<Person> candidates(Actor actor, String regionCode) {
        return people.list(actor).stream()
                .filter(p -> p.enterpriseId() == null && p.regionCode().equals(regionCode))
                .toList();
    }

    /** May the actor maintain the region's matrix (the pages' forms)? */
    public boolean maintainable(Actor actor, RegionCode region) {
        return MatrixAccess.maintainRefusal(actor, region, ownDepartment(actor)).isEmpty();
    }

    /**
     * The accounts the region holds to account today for the sector (or the departments' sectors): its two
     * first-responsible leaders and the leader in charge; empty when its matrix names no one with an account.
     */
    public List<Long> accountableAccounts(RegionCode region, @Nullable Sector sector, @Nullable Long departmentId) {
        var posts = store.posts(region.value());
        var today = today();
        var holders = new ArrayList<Holding>();
        if (departmentId != null) {
            var sectors =
                    departments.byId(departmentId).map(Department::sectors).orElse(java.util.Set.of());
            sectors.forEach(s -> holders.addAll(MatrixRules.accountable(posts, s, today)));
            if (sectors.isEmpty()) {
                holders.addAll(MatrixRules.accountable(posts, null, today));
            }
        } else {
            holders.addAll(MatrixRules.accountable(posts, sector, today));
        }
        var accounts = people.accounts(
                holders.stream().map(Holding::personId).distinct().toList());
        return holders.stream()
                .map(h -> accounts.get(h.personId()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The regions whose matrix has a post (the nightly signals are computed for these). */
    public List<String> regionsWithPosts() {
        return store.regionsWithPosts();
    }

    private LeaderPost maintained(Actor actor, long postId) {
        var post = store.post(postId).orElseThrow(() -> new NotFoundException("error.matrix.postNotFound", postId));
        readable(actor, post.regionCode());
        requireMaintainer(actor, new RegionCode(post.regionCode()));
        return post;
    }

    private void requireMaintainer(Actor actor, RegionCode region) {
        var refused = MatrixAccess.maintainRefusal(actor, region, ownDepartment(actor));
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    private RegionCode readable(Actor actor, String regionCode) {
        var region = new RegionCode(regions.require("regionCode", regionCode).code());
        var refused = MatrixAccess.readRefusal(actor, region);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return region;
    }

    private @Nullable Department ownDepartment(Actor actor) {
        return actor.departmentId() == null
                ? null
                : departments.find(actor, actor.departmentId()).orElse(null);
    }

    /** A term's day: not before 1949, not more than a year ahead. */
    private LocalDate bounded(String field, String value) {
        var day = InputValues.date(field, value);
        if (day == null) {
            throw new InvalidInputException(field, "error.date.format");
        }
        if (day.isBefore(LocalDate.of(1949, 10, 1)) || day.isAfter(today().plusYears(1))) {
            throw new InvalidInputException(field, "error.matrix.dayOutOfRange");
        }
        return day;
    }
}
