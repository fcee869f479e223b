package vn.kehoach.account;

import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.CsvFile;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates many accounts from a CSV file (username, display_name, unit_code, agency, roles[, email, phone]); all or
 * nothing. Each new account gets a temporary password, listed once in the answer for the administrator to hand over.
 */
@Service
public class AccountImportService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /**
     * Lines of data in one file: a province's staff, imported unit by unit. Each account's temporary password is
     * hashed on purpose slowly, so a longer file would hold the request and its transaction for minutes.
     */
    public static final int MAX_ROWS = 500;
    static final List<String> REQUIRED = List.of("username", "display_name", "unit_code", "agency", "roles");

    public record Rejected(int line, String username, String reason, List<Object> args) implements Serializable {
    }

    public record Result(List<AccountService.Created> created, List<Rejected> rejected) implements Serializable {

        public boolean hasRejections() {
            return !rejected.isEmpty();
        }
    }

    private final AccountService accounts;
    private final AppUserRepository users;
    private final Units units;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final Clock clock;
    private final Validator validator;
    /** A role by the name an administrator writes: as the pages call it, in either language, or its code. */
    private final Map<String, Role> roleNames = new HashMap<>();

    AccountImportService(AccountService accounts, AppUserRepository users, Units units, Agencies agencies,
                         AuditTrail audit, Clock clock, MessageSource messages, Validator validator) {
        this.audit = audit;
        this.validator = validator;
        this.accounts = accounts;
        this.users = users;
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
        for (Role role : Role.values()) {
            roleNames.put(roleKey(role.name()), role);
            for (Locale language : List.of(VietnameseText.VIETNAMESE, Locale.ENGLISH)) {
                roleNames.put(roleKey(messages.getMessage("Role." + role.name(), null, role.name(), language)), role);
            }
        }
    }

    /** "Thẩm định, tổng hợp", "tham dinh tong hop" and "THẨM ĐỊNH - TỔNG HỢP" are one name. */
    private static String roleKey(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The roles of a line, separated by semicolons ("Báo cáo; Xem"); codes may also be separated by commas or spaces,
     * as older files have them ("REPORTER VIEWER"). Empty when a name is unknown.
     */
    Optional<Set<Role>> roles(String text, List<String> unknown) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : text.split("[;|]")) {
            if (token.isBlank()) continue;
            Role named = roleNames.get(roleKey(token));
            if (named != null) {
                roles.add(named);
                continue;
            }
            List<Role> parts = new ArrayList<>();
            for (String part : token.split("[,\\s]+")) {
                if (!part.isBlank()) parts.add(roleNames.get(roleKey(part)));
            }
            if (parts.contains(null)) unknown.add(token.strip());
            else
                roles.addAll(parts);
        }
        return unknown.isEmpty() ? Optional.of(roles) : Optional.empty();
    }

    @Transactional
    public Result importAccounts(CurrentUser user, List<CsvFile.Row> csv) {
        if (!AccountService.canAdminister(user)) throw new AccessDeniedException("administrators only");
        List<Rejected> rejected = new ArrayList<>();
        if (csv.size() < 2) return refuse(rejected, new Rejected(0, null, "account.import.reject.noRows", List.of()));
        if (csv.size() - 1 > MAX_ROWS) {
            return refuse(rejected, new Rejected(0, null, "account.import.reject.tooManyRows", List.of(MAX_ROWS)));
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = csv.get(0).fields();
        for (int i = 0; i < names.size(); i++) header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return refuse(rejected,
                    new Rejected(1, null, "account.import.reject.columns", List.of(String.join(", ", missing))));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        List<AccountCommand> commands = new ArrayList<>();
        for (CsvFile.Row row : csv.subList(1, csv.size())) {
            Line line = read(user, row, header, seen, today);
            if (line.problem() != null) {
                rejected.add(line.problem());
                continue;
            }
            seen.put(line.command().username(), row.line());
            commands.add(line.command());
        }
        if (!rejected.isEmpty()) return refuse(rejected, null);
        return createAll(user, commands, rejected);
    }

    /** One line of the file: the account to create, or why the line is refused. */
    private record Line(AccountCommand command, Rejected problem) {
    }

    private Line read(CurrentUser user, CsvFile.Row row, Map<String, Integer> header, Map<String, Integer> seen,
                      LocalDate today) {
        String username = value(row, header, "username").toLowerCase(Locale.ROOT);
        String displayName = value(row, header, "display_name");
        List<String> unknown = new ArrayList<>();
        Set<Role> roles = roles(value(row, header, "roles"), unknown).orElse(EnumSet.noneOf(Role.class));
        Rejected problem = !unknown.isEmpty()
                ? new Rejected(row.line(), username, "account.import.reject.role", List.of(unknown.get(0)))
                : fieldProblem(row, header, username, displayName, roles, seen);
        Long agencyId = null;
        if (problem == null) {
            AgencyFound agency = agency(user, row.line(), username, value(row, header, "unit_code"),
                    value(row, header, "agency"), today);
            problem = agency.problem();
            agencyId = agency.agencyId();
        }
        if (problem == null && roles.contains(Role.SYSTEM_ADMIN) && !user.isSystemAdmin()) {
            problem = new Rejected(row.line(), username, "account.import.reject.systemAdmin", List.of());
        }
        if (problem != null) return new Line(null, problem);
        return new Line(new AccountCommand(username, VietnameseText.clean(displayName), agencyId, roles,
                value(row, header, "email"), value(row, header, "phone")), null);
    }

    /** The first field of the line that breaks a rule, in the order the administrator reads the line. */
    private Rejected fieldProblem(CsvFile.Row row, Map<String, Integer> header, String username, String displayName,
                                  Set<Role> roles, Map<String, Integer> seen) {
        if (!USERNAME.matcher(username).matches()) {
            return new Rejected(row.line(), username, "account.import.reject.username", List.of(username));
        } else if (seen.containsKey(username)) {
            return new Rejected(row.line(), username, "account.import.reject.duplicate",
                    List.of(username, seen.get(username)));
        } else if (users.existsByUsername(username)) {
            return new Rejected(row.line(), username, "account.username.taken", List.of(username));
        } else if (displayName.isEmpty()) {
            return new Rejected(row.line(), username, "account.import.reject.displayName", List.of());
        } else if (!fits("displayName", displayName)) {
            return new Rejected(row.line(), username, "account.import.reject.displayNameLength",
                    List.of(AccountFields.DISPLAY_NAME_MAX));
        } else if (!fits("email", value(row, header, "email"))) {
            return new Rejected(row.line(), username, "account.import.reject.email",
                    List.of(value(row, header, "email")));
        } else if (!fits("phone", value(row, header, "phone"))) {
            return new Rejected(row.line(), username, "account.import.reject.phone",
                    List.of(value(row, header, "phone")));
        } else if (roles.isEmpty()) {
            return new Rejected(row.line(), username, "account.roles.required", List.of());
        }
        return null;
    }

    /** The agency a line names, or why it cannot be the account's. */
    private record AgencyFound(Long agencyId, Rejected problem) {
    }

    /** The agency the line names: one of the active agencies of the unit it names, within the administrator's scope. */
    private AgencyFound agency(CurrentUser user, int line, String username, String unitCode, String agencyName,
                               LocalDate today) {
        Optional<UnitRef> unit = "TW".equalsIgnoreCase(unitCode)
                ? Optional.of(units.get(1))
                : units.findByCodeAt(unitCode, today);
        if (unit.isEmpty()) {
            return new AgencyFound(null, new Rejected(line, username, "account.import.reject.unit", List.of(unitCode)));
        }
        Optional<AgencyRef> agency = match(agencies.activeOf(unit.get().id(), today), agencyName);
        if (agency.isEmpty()) {
            return new AgencyFound(null, new Rejected(line, username, "account.import.reject.agency",
                    List.of(agencyName, unit.get().fullName())));
        }
        if (!accounts.manages(user, agency.get().unitPath())) {
            return new AgencyFound(null, new Rejected(line, username, "account.agency.outOfScope", List.of()));
        }
        return new AgencyFound(agency.get().id(), null);
    }

    private Result createAll(CurrentUser user, List<AccountCommand> commands, List<Rejected> rejected) {
        List<AccountService.Created> created = new ArrayList<>();
        try {
            for (AccountCommand command : commands) created.add(accounts.create(user, command));
        } catch (BusinessRuleException e) {
            return refuse(rejected, new Rejected(0, null, e.messageKey(), List.of(e.args())));
        }
        audit.record(AuditEntry.of(AuditAction.ACCOUNTS_IMPORTED, user).unit(user.unitId())
                .summary(String.valueOf(created.size()))
                .after(Map.of("usernames", created.stream().map(AccountService.Created::username).toList())));
        return new Result(created, List.of());
    }

    /** Whether the value keeps to the limits the account form has for the field ({@link AccountFields}). */
    private boolean fits(String field, String value) {
        return validator.validateValue(AccountFields.class, field, value.isEmpty() ? null : value).isEmpty();
    }

    /** The agency of the unit named in the file: exact name, then ignoring accents, then the start of the name. */
    private static Optional<AgencyRef> match(List<AgencyRef> candidates, String name) {
        String key = VietnameseText.toneKey(name);
        String folded = VietnameseText.fold(name);
        return candidates.stream().filter(a -> VietnameseText.toneKey(a.name()).equals(key)).findFirst()
                .or(() -> candidates.stream().filter(a -> VietnameseText.fold(a.name()).equals(folded)).findFirst())
                .or(() -> candidates.stream().filter(a -> a.shortName().equalsIgnoreCase(name.strip())).findFirst())
                .or(() -> {
                    List<AgencyRef> prefixed = candidates.stream()
                            .filter(a -> VietnameseText.fold(a.name()).startsWith(folded)).toList();
                    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
                });
    }

    private static String value(CsvFile.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        String value = index == null ? null : VietnameseText.clean(row.get(index));
        return value == null ? "" : value;
    }

    private static Result refuse(List<Rejected> rejected, Rejected extra) {
        List<Rejected> all = new ArrayList<>(rejected);
        if (extra != null) all.add(extra);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new Result(List.of(), all);
    }
}
