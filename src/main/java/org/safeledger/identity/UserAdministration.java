package org.safeledger.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.DemoMode;
import org.safeledger.platform.DraftCheck;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Audited;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.DataScope;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Role;
import org.safeledger.shared.Sector;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing user accounts: create with a role and a scope derived from the place the role belongs to, edit,
 * reset passwords, unlock. An administrator manages only accounts inside their own scope, and cannot hand out
 * a scope wider than their own.
 */
@Service
public class UserAdministration {

    private static final Set<Role> ENTERPRISE_ROLES = EnumSet.of(Role.ENTERPRISE_STAFF, Role.ENTERPRISE_PRINCIPAL);
    private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.INSPECTOR, Role.DEPARTMENT_HEAD);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final CredentialCache credentialCache;
    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final RegionDirectory regions;
    private final PersonDirectory people;
    private final DraftCheck drafts;
    private final PasswordPolicy passwords;
    private final DemoMode demoMode;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(
            UserAccounts accounts,
            PasswordEncoder passwordEncoder,
            CredentialCache credentialCache,
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            RegionDirectory regions,
            PersonDirectory people,
            DraftCheck drafts,
            PasswordPolicy passwords,
            DemoMode demoMode,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.credentialCache = credentialCache;
        this.enterprises = enterprises;
        this.departments = departments;
        this.regions = regions;
        this.people = people;
        this.drafts = drafts;
        this.passwords = passwords;
        this.demoMode = demoMode;
        this.events = events;
        this.clock = clock;
    }

    public List<UserAccount> list(Actor actor) {
        actor.require(Permission.USER_ADMIN);
        return accounts.within(actor.scope()).stream()
                .filter(a -> administers(actor, a.scope()))
                .toList();
    }

    public UserAccount get(Actor actor, long id) {
        actor.require(Permission.USER_ADMIN);
        return accounts.find(id)
                .filter(a -> administers(actor, a.scope()))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", id));
    }

    /**
     * Whether an administrator's scope encloses an account's scope: its region inside the administrator's, its
     * sectors among the administrator's (when the administrator is limited to sectors), its enterprise the
     * administrator's (when limited to one). No one hands out or manages a wider scope than their own.
     */
    static boolean administers(Actor actor, DataScope target) {
        var own = actor.scope();
        return own.region().contains(target.region())
                && (own.sectors().isEmpty()
                        || (!target.sectors().isEmpty() && own.sectors().containsAll(target.sectors())))
                && (own.enterpriseId() == null || own.enterpriseId().equals(target.enterpriseId()));
    }

    @Transactional
    public UserAccount create(Actor actor, UserDraft draft) {
        actor.require(Permission.USER_ADMIN);
        drafts.check(draft);
        passwords.check(draft.username(), draft.password());
        return insert(actor, draft);
    }

    /**
     * An account of the demonstration, whose published password ({@code demo2026}) the password policy would
     * refuse: only demo mode creates accounts past the policy.
     */
    @Transactional
    public UserAccount createDemoAccount(Actor actor, UserDraft draft) {
        if (!demoMode.enabled()) {
            throw new IllegalStateException("Demo accounts, which skip the password policy, need demo mode");
        }
        actor.require(Permission.USER_ADMIN);
        drafts.check(draft);
        return insert(actor, draft);
    }

    private UserAccount insert(Actor actor, UserDraft draft) {
        if (accounts.exists(draft.username())) {
            throw new ConflictException("username", "error.username.taken", draft.username());
        }
        var account = place(actor, draft);
        var region = account.regionCode() == null ? RegionCode.COUNTRY : new RegionCode(account.regionCode());
        if (!administers(actor, new DataScope(region, account.sectors(), account.enterpriseId()))) {
            throw new ForbiddenException("error.scope.user");
        }
        long id = accounts.insert(account, passwordEncoder.encode(draft.password()), clock.instant());
        var created = accounts.find(id).orElseThrow();
        events.publishEvent(Audited.by(actor, "user.create", "user:" + id, Map.of("after", AuditView.of(created))));
        return created;
    }

    @Transactional
    public UserAccount update(Actor actor, long id, int version, String displayName, boolean enabled) {
        var account = get(actor, id);
        if (displayName.isBlank() || displayName.length() > 50) {
            throw new InvalidInputException("displayName", "error.displayName.length");
        }
        if (!accounts.updateProfile(id, version, displayName.strip(), enabled)) {
            throw new ConflictException("version", "error.version.stale");
        }
        credentialCache.forget(account.username());
        var after = accounts.find(id).orElseThrow();
        events.publishEvent(Audited.by(
                actor,
                "user.update",
                "user:" + id,
                Map.of("before", AuditView.of(account), "after", AuditView.of(after))));
        return after;
    }

    @Transactional
    public void resetPassword(Actor actor, long id, String newPassword) {
        var account = get(actor, id);
        changePassword(account, newPassword);
        events.publishEvent(Audited.by(actor, "user.resetPassword", "user:" + id, Map.of()));
    }

    @Transactional
    public void unlock(Actor actor, long id) {
        get(actor, id);
        accounts.unlock(id);
        events.publishEvent(Audited.by(actor, "user.unlock", "user:" + id, Map.of()));
    }

    /** A user changing their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        var account = accounts.find(actor.userId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "error.password.current");
        }
        changePassword(account, newPassword);
        events.publishEvent(Audited.by(actor, "user.changeOwnPassword", "user:" + account.id(), Map.of()));
    }

    private void changePassword(UserAccount account, String newPassword) {
        passwords.check(account.username(), newPassword);
        accounts.changePassword(account.id(), passwordEncoder.encode(newPassword), clock.instant());
        credentialCache.forget(account.username());
    }

    /**
     * The place the roles require, looked up inside the administrator's own scope: an enterprise, department or
     * person outside it is "unknown", exactly like one that does not exist.
     */
    private UserAccounts.NewAccount place(Actor actor, UserDraft draft) {
        var roles = EnumSet.copyOf(draft.roles());
        String region = blankToNull(draft.regionCode());
        Set<Sector> sectors = Set.of();
        Long enterpriseId = null;
        Long departmentId = null;
        if (roles.stream().anyMatch(ENTERPRISE_ROLES::contains)) {
            if (!ENTERPRISE_ROLES.containsAll(roles)) {
                throw new InvalidInputException("roles", "error.roles.mixed");
            }
            var enterprise = enterprises
                    .find(actor, requirePresent("enterpriseId", draft.enterpriseId()))
                    .orElseThrow(() -> new InvalidInputException("enterpriseId", "error.enterprise.unknown"));
            enterpriseId = enterprise.id();
            region = enterprise.regionCode();
        } else if (roles.stream().anyMatch(DEPARTMENT_ROLES::contains)) {
            var department = departments
                    .find(actor, requirePresent("departmentId", draft.departmentId()))
                    .orElseThrow(() -> new InvalidInputException("departmentId", "error.department.unknown"));
            departmentId = department.id();
            region = department.regionCode();
            sectors = department.sectors();
        } else if (roles.contains(Role.REGION_LEADER) && region == null) {
            throw new InvalidInputException("regionCode", "error.regionCode.required");
        }
        if (region != null) {
            regions.require("regionCode", region);
        }
        if (draft.personId() != null && people.find(actor, draft.personId()).isEmpty()) {
            throw new InvalidInputException("personId", "error.person.unknown");
        }
        return new UserAccounts.NewAccount(
                draft.username(),
                draft.displayName().strip(),
                roles,
                region,
                sectors,
                enterpriseId,
                departmentId,
                draft.personId());
    }

    /** An account as the audit log keeps it: never the password hash. */
    record AuditView(
            long id,
            String username,
            String displayName,
            Set<Role> roles,
            @Nullable String regionCode,
            Set<Sector> sectors,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            boolean enabled) {

        static AuditView of(UserAccount a) {
            return new AuditView(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.roles(),
                    a.regionCode(),
                    a.sectors(),
                    a.enterpriseId(),
                    a.departmentId(),
                    a.enabled());
        }
    }

    private static long requirePresent(String field, @Nullable Long value) {
        if (value == null) {
            throw new InvalidInputException(field, "error." + field + ".required");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
