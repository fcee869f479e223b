package vn.kehoach.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/** Loads an account with its agency, unit and data scope, once per sign-in (and again when the account changes). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Agencies agencies;
    private final Units units;

    AccountUserDetailsService(AppUserRepository users, Agencies agencies, Units units) {
        this.users = users;
        this.agencies = agencies;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        AppUser user = users.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principalOf(user);
    }

    @Transactional(readOnly = true)
    AccountPrincipal reload(long userId) {
        return users.findById(userId).map(this::principalOf).orElse(null);
    }

    private AccountPrincipal principalOf(AppUser user) {
        AgencyRef agency = user.getAgencyId() == null ? null : agencies.find(user.getAgencyId()).orElse(null);
        List<String> scope = agency == null ? List.of() : units.scopePaths(agency.unitId());
        CurrentUser current = new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                agency == null ? null : agency.id(), agency == null ? null : agency.name(),
                agency == null ? null : agency.unitId(), agency == null ? null : agency.unitCode(),
                agency == null ? null : agency.unitName(), agency == null ? null : agency.unitPath(),
                agency == null ? null : agency.unitLevel().name(), scope);
        return new AccountPrincipal(current, user.getPasswordHash(), user.isEnabled(), user.isMustChangePassword(),
                user.getVersion(), user.getCredentialsVersion());
    }
}
