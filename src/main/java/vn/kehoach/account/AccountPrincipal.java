package vn.kehoach.account;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.CurrentUserHolder;

import java.util.Collection;

/** The authenticated principal: Spring Security's view of an account plus the application's {@link CurrentUser}. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUserHolder {

    private final CurrentUser user;
    private final boolean enabled;
    private final long version;
    private String passwordHash;
    /** Volatile: cleared by the password-change request while other requests of the session may read it. */
    private volatile boolean mustChangePassword;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword,
                     long version) {
        this.user = user;
        this.version = version;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    /** The account's version when this principal was built; a newer one in the database means it is stale. */
    long version() {
        return version;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Display name for templates: {@code ${#authentication.principal.displayName}}. */
    public String getDisplayName() {
        return user.displayName();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }
}
