package org.safeledger.org;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their posts. A post's place decides where the person belongs: an enterprise post places them in
 * the enterprise's region, a department post in the department's, a leader's post in the region named.
 */
@Service
public class PersonDirectory {

    private final People people;
    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final RegionDirectory regions;
    private final DraftCheck drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonDirectory(
            People people,
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            RegionDirectory regions,
            DraftCheck drafts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.enterprises = enterprises;
        this.departments = departments;
        this.regions = regions;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    public List<Person> list(Actor actor) {
        actor.require(Permission.PERSON_READ);
        return people.list(actor.scope());
    }

    public Person get(Actor actor, long id) {
        actor.require(Permission.PERSON_READ);
        return people.find(id, actor.scope()).orElseThrow(() -> new NotFoundException("error.person.notFound", id));
    }

    /** A person inside the actor's scope, empty when absent or outside it (no permission check). */
    public java.util.Optional<Person> find(Actor actor, long id) {
        return people.find(id, actor.scope());
    }

    /** The leaders' and department heads' posts inside a region (its subtree), with their holders. */
    public List<PostHolder> holders(org.safeledger.shared.RegionCode region) {
        return people.holders(region.subtreePrefix(), null);
    }

    /** One such post inside the region, if it is one. */
    public java.util.Optional<PostHolder> holder(org.safeledger.shared.RegionCode region, long postId) {
        return people.holders(region.subtreePrefix(), postId).stream().findFirst();
    }

    /** The account of each of these people that has one (person id → user id), for the application's notices. */
    public java.util.Map<Long, Long> accounts(java.util.Collection<Long> personIds) {
        return personIds.isEmpty() ? java.util.Map.of() : people.accounts(personIds);
    }

    @Transactional
    public Person create(Actor actor, PersonDraft draft) {
        actor.require(Permission.PERSON_WRITE);
        drafts.check(draft);
        var posts = draft.posts().stream().map(p -> place(actor, p)).toList();
        var home = posts.get(0);
        Long enterpriseId = posts.stream()
                .map(Post::enterpriseId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        long id = people.insert(
                draft.name().strip(), blankToNull(draft.mobile()), home.regionCode(), enterpriseId, clock.instant());
        posts.forEach(post -> people.insertPost(id, post));
        var created =
                people.find(id, org.safeledger.shared.DataScope.everything()).orElseThrow();
        events.publishEvent(Audited.by(actor, "person.create", "person:" + id, java.util.Map.of("after", created)));
        return created;
    }

    /**
     * Where a post lands, and whether the actor may put someone there: enterprise posts only at an enterprise in
     * the actor's scope (an enterprise user: their own); department posts only in the actor's own department
     * unless the actor administers departments; region leaders only by such an administrator.
     */
    private Post place(Actor actor, PersonDraft.PostDraft draft) {
        if (draft.kind().atEnterprise()) {
            if (draft.enterpriseId() == null) {
                throw new InvalidInputException("posts.enterpriseId", "error.post.enterpriseRequired");
            }
            var enterprise = enterprises
                    .find(actor, draft.enterpriseId())
                    .orElseThrow(() -> new InvalidInputException("posts.enterpriseId", "error.enterprise.unknown"));
            return new Post(draft.kind(), draft.title().strip(), enterprise.id(), null, enterprise.regionCode());
        }
        if (actor.scope().enterpriseId() != null) {
            throw new ForbiddenException("error.post.enterpriseOnly");
        }
        if (draft.kind().atDepartment()) {
            if (draft.departmentId() == null) {
                throw new InvalidInputException("posts.departmentId", "error.post.departmentRequired");
            }
            var department = departments
                    .find(actor, draft.departmentId())
                    .orElseThrow(() -> new InvalidInputException("posts.departmentId", "error.department.unknown"));
            if (!actor.can(Permission.DEPARTMENT_WRITE)
                    && !Long.valueOf(department.id()).equals(actor.departmentId())) {
                throw new ForbiddenException("error.post.ownDepartmentOnly");
            }
            return new Post(draft.kind(), draft.title().strip(), null, department.id(), department.regionCode());
        }
        actor.require(Permission.DEPARTMENT_WRITE);
        if (draft.regionCode() == null) {
            throw new InvalidInputException("posts.regionCode", "error.regionCode.required");
        }
        var region = regions.require("posts.regionCode", draft.regionCode()).code();
        if (!actor.scope().region().contains(new RegionCode(region))) {
            throw new ForbiddenException("error.scope.region", region);
        }
        return new Post(draft.kind(), draft.title().strip(), null, null, region);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
