package vn.kehoach.account;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.InputText;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;
import vn.kehoach.shared.web.Problems;

import java.io.Serializable;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeping accounts. A system administrator keeps every account; a unit administrator those whose agency lies in
 * their own unit's subtree, and may not hand out the system administrator role.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final String SELECT = """
            select usr.id, usr.username, usr.display_name, usr.email, usr.phone, usr.enabled, usr.must_change_password,
                   usr.agency_id, a.name as agency_name, un.id as unit_id, un.full_name as unit_name, un.path as unit_path,
                   usr.last_login_at, usr.disabled_reason, usr.version,
                   array(select r.role from app_user_role r where r.user_id = usr.id order by r.role) as roles,
                   g.failures as failed_sign_ins, greatest(g.not_before, g.locked_until) as sign_in_held_until
            from app_user usr
            left join agency a on a.id = usr.agency_id
            left join administrative_unit un on un.id = a.unit_id
            left join sign_in_guard g on g.kind = 'USERNAME' and g.subject = usr.username""";

    private final AppUserRepository users;
    private final Agencies agencies;
    private final Units units;
    private final PasswordEncoder encoder;
    private final NamedParameterJdbcTemplate jdbc;
    private final SignInGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(AppUserRepository users, Agencies agencies, Units units, PasswordEncoder encoder,
                   NamedParameterJdbcTemplate jdbc, SignInGuard guard, AuditTrail audit, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.units = units;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean canAdminister(CurrentUser user) {
        return user.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN);
    }

    public PageResult<AccountSummary> search(CurrentUser user, AccountSearch search) {
        requireAdministrator(user);
        StringBuilder where = new StringBuilder(" where true");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!user.isSystemAdmin()) {
            where.append(" and (false");
            for (int i = 0; i < user.scopePaths().size(); i++) {
                where.append(" or un.path like :scope").append(i);
                params.addValue("scope" + i, VietnameseText.likeEscape(user.scopePaths().get(i)) + "%");
            }
            where.append(")");
        }
        if (search.unitId() != null) {
            String path = units.get(search.unitId()).path();
            if (!manages(user, path)) throw new NotFoundException("unit", search.unitId());
            where.append(" and un.path like :under");
            params.addValue("under", VietnameseText.likeEscape(path) + "%");
        }
        if (search.role() != null) {
            where.append(" and exists (select 1 from app_user_role r where r.user_id = usr.id and r.role = :role)");
            params.addValue("role", search.role().name());
        }
        if (search.enabled() != null) {
            where.append(" and usr.enabled = :enabled");
            params.addValue("enabled", search.enabled());
        }
        String q = VietnameseText.clean(search.q());
        if (q != null && !q.isEmpty()) {
            where.append(" and f_unaccent(usr.display_name || ' ' || usr.username) like :pattern");
            params.addValue("pattern", "%" + VietnameseText.likeEscape(VietnameseText.fold(q)) + "%");
        }
        Long total = jdbc.queryForObject("""
                select count(*) from app_user usr left join agency a on a.id = usr.agency_id
                left join administrative_unit un on un.id = a.unit_id""" + where, params, Long.class);
        params.addValue("limit", search.size()).addValue("offset", (long) search.page() * search.size());
        List<AccountSummary> rows = jdbc.query(SELECT + where
                + " order by un.path nulls first, a.sort_order, usr.display_name limit :limit offset :offset",
                params, (rs, n) -> summary(rs));
        return new PageResult<>(rows, total == null ? 0 : total, search.page(), search.size());
    }

    public AccountSummary get(CurrentUser user, long id) {
        requireAdministrator(user);
        List<AccountSummary> found = jdbc.query(SELECT + " where usr.id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> summary(rs));
        if (found.isEmpty() || !manages(user, found.get(0).unitPath())) throw new NotFoundException("account", id);
        return found.get(0);
    }

    /** Creates an account with a temporary password, returned once for the administrator to hand over. */
    @Transactional
    public Created create(CurrentUser user, AccountCommand command) {
        requireAdministrator(user);
        String username = command.username().trim().toLowerCase(Locale.ROOT);
        Problems problems = new Problems();
        if (users.existsByUsername(username)) problems.add("username", "account.username.taken", username);
        checkAssignment(user, command.agencyId(), command.roles(), problems);
        problems.throwIfAny();
        String password = TemporaryPasswords.generate();
        AppUser account = new AppUser(username, command.displayName(), encoder.encode(password), command.roles(),
                clock.instant());
        account.assign(command.displayName(), command.agencyId(), command.roles(),
                InputText.blankToNull(command.email()),
                InputText.blankToNull(command.phone()));
        account.requirePasswordChange();
        users.save(account);
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_CREATED, user).object(account.getId())
                .agency(account.getAgencyId()).summary(username).after(values(account)));
        return new Created(account.getId(), username, password);
    }

    public record Created(long id, String username, String temporaryPassword) implements Serializable {
    }

    /**
     * Only a system administrator changes their own roles: a unit administrator giving themselves LEADER or
     * REVIEWER would approve their own work. The refused attempt stays on record (403, the account is in scope).
     */
    @Transactional
    public void update(CurrentUser user, long id, long version, AccountCommand command) {
        AppUser account = manageable(user, id);
        if (account.getVersion() != version) throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        if (account.getId() == user.id() && !user.isSystemAdmin() && !account.getRoles().equals(command.roles())) {
            audit.recordIndependently(AuditEntry.of(AuditAction.ACCOUNT_ROLES_REFUSED, user).object(id)
                    .agency(account.getAgencyId()).before(Map.of("roles", sorted(account.getRoles())))
                    .after(Map.of("roles", sorted(command.roles()))));
            throw new AccessDeniedException("a unit administrator cannot change their own roles");
        }
        Problems problems = new Problems();
        checkAssignment(user, command.agencyId(), command.roles(), problems);
        if (account.getId() == user.id() && account.getRoles().contains(Role.SYSTEM_ADMIN)
                && !command.roles().contains(Role.SYSTEM_ADMIN)) {
            problems.add("roles", "account.selfDemotion");
        }
        problems.throwIfAny();
        Map<String, Object> before = values(account);
        account.assign(command.displayName(), command.agencyId(), command.roles(),
                InputText.blankToNull(command.email()),
                InputText.blankToNull(command.phone()));
        Map<String, Object> after = values(account);
        if (!before.equals(after)) {
            audit.record(AuditEntry.of(AuditAction.ACCOUNT_UPDATED, user).object(id).agency(account.getAgencyId())
                    .summary(account.getUsername()).before(before).after(after));
        }
    }

    @Transactional
    public void disable(CurrentUser user, long id, String reason) {
        AppUser account = manageable(user, id);
        if (account.getId() == user.id()) throw new BusinessRuleException("account.selfDisable");
        account.disable(InputText.blankToNull(reason));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, user).object(id).agency(account.getAgencyId())
                .summary(account.getDisabledReason()));
    }

    @Transactional
    public void enable(CurrentUser user, long id) {
        AppUser account = manageable(user, id);
        account.enable();
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_ENABLED, user).object(id).agency(account.getAgencyId()));
    }

    /** Sets a new temporary password, returned once; the user must change it at the next sign-in. */
    @Transactional
    public String resetPassword(CurrentUser user, long id) {
        AppUser account = manageable(user, id);
        String password = TemporaryPasswords.generate();
        account.resetPassword(encoder.encode(password));
        audit.record(AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_RESET, user).object(id).agency(account.getAgencyId()));
        return password;
    }

    /**
     * Lifts a wait or a lock that failed sign-ins put on the account, and forgets the failures.
     *
     * @return false when there was nothing to lift
     */
    @Transactional
    public boolean unlockSignIn(CurrentUser user, long id) {
        AppUser account = manageable(user, id);
        SignInGuard.State held = guard.clear(account.getUsername());
        if (held == null) return false;
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("failures", held.failures());
        before.put("notBefore", held.notBefore() == null ? null : held.notBefore().toString());
        before.put("lockedUntil", held.lockedUntil() == null ? null : held.lockedUntil().toString());
        audit.record(AuditEntry.of(AuditAction.SIGN_IN_UNLOCKED, user).object(id).agency(account.getAgencyId())
                .before(before));
        return true;
    }

    /** Agencies that closed in a reorganisation hand their people to the successor, or the accounts are disabled. */
    @Transactional
    public void moveOrDisable(Map<Long, Long> successorByAgency, String reason) {
        for (AppUser account : users.findByAgencyIdIn(successorByAgency.keySet())) {
            Long successor = successorByAgency.get(account.getAgencyId());
            Long from = account.getAgencyId();
            if (successor != null) {
                account.moveTo(successor);
                audit.record(AuditEntry.of(AuditAction.ACCOUNT_MOVED, CurrentUser.system(reason))
                        .object(account.getId()).agency(successor).before(Map.of("agencyId", from))
                        .after(Map.of("agencyId", successor)));
            } else {
                account.disable(reason);
                audit.record(AuditEntry.of(AuditAction.ACCOUNT_DISABLED, CurrentUser.system(reason))
                        .object(account.getId()).agency(from).summary(reason));
            }
        }
    }

    boolean manages(CurrentUser user, String unitPath) {
        if (user.isSystemAdmin()) return true;
        return user.has(Role.UNIT_ADMIN) && unitPath != null && user.covers(unitPath);
    }

    private AppUser manageable(CurrentUser user, long id) {
        requireAdministrator(user);
        AppUser account = users.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        String path = account.getAgencyId() == null
                ? null
                : agencies.find(account.getAgencyId()).map(AgencyRef::unitPath).orElse(null);
        if (!manages(user, path)) throw new NotFoundException("account", id);
        return account;
    }

    /** The roles and the agency, each checked on its own so that the form tells all that is wrong at once. */
    private void checkAssignment(CurrentUser user, Long agencyId, Set<Role> roles, Problems problems) {
        if (roles.contains(Role.SYSTEM_ADMIN) && !user.isSystemAdmin()) {
            throw new AccessDeniedException("only a system administrator grants that role");
        }
        if (roles.isEmpty()) problems.add("roles", "account.roles.required");
        if (agencyId == null) {
            if (!roles.equals(EnumSet.of(Role.SYSTEM_ADMIN))) problems.add("agencyId", "account.agency.required");
            return;
        }
        Optional<AgencyRef> found = agencies.find(agencyId);
        if (found.isEmpty()) {
            problems.add("agencyId", "account.agency.unknown");
            return;
        }
        AgencyRef agency = found.get();
        if (!manages(user, agency.unitPath())) {
            // An agency the user may not even read is one they do not know: the message does not tell it exists.
            boolean readable = user.covers(agency.unitPath()) || user.isBelow(agency.unitPath());
            problems.add("agencyId", readable ? "account.agency.outOfScope" : "account.agency.unknown");
        } else if (agency.validTo() != null && agency.validTo().isBefore(LocalDate.now(clock))) {
            problems.add("agencyId", "account.agency.closed", agency.name());
        }
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!canAdminister(user)) throw new AccessDeniedException("administrators only");
    }

    /** What an account record shows of an account, as kept in the audit trail (never its password). */
    private static Map<String, Object> values(AppUser account) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", account.getUsername());
        values.put("displayName", account.getDisplayName());
        values.put("agencyId", account.getAgencyId());
        values.put("roles", sorted(account.getRoles()));
        values.put("email", account.getEmail());
        values.put("phone", account.getPhone());
        return values;
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static AccountSummary summary(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = Arrays.stream((String[]) array.getArray()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        OffsetDateTime login = rs.getObject("last_login_at", OffsetDateTime.class);
        Instant lastLogin = login == null ? null : login.toInstant();
        OffsetDateTime held = rs.getObject("sign_in_held_until", OffsetDateTime.class);
        return new AccountSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), roles, (Long) rs.getObject("agency_id"),
                rs.getString("agency_name"), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                rs.getString("unit_path"), lastLogin, rs.getString("disabled_reason"), rs.getLong("version"),
                rs.getInt("failed_sign_ins"), held == null ? null : held.toInstant());
    }
}
