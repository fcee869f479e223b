package vn.kehoach.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.account.domain.AppUser;
import vn.kehoach.account.domain.AppUserRepository;
import vn.kehoach.shared.security.CurrentUser;

import java.util.Locale;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        AppUser user = users.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        CurrentUser current = new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
                null, null, null, null, null, null);
        return new AccountPrincipal(current, user.getPasswordHash(), user.isEnabled(), user.isMustChangePassword());
    }
}
