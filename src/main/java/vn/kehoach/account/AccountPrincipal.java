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
    private final int credentialsVersion;
    private String passwordHash;
    private final boolean mustChangePassword;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword,
                     long version, int credentialsVersion) {
        this.user = user;
        this.version = version;
        this.credentialsVersion = credentialsVersion;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    /** The account's version when this principal was built; a newer one in the database means it is stale. */
    long version() {
        return version;
    }

    /** The account's password generation when this session signed in; a newer one ends the session. */
    int credentialsVersion() {
        return credentialsVersion;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
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
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return user.username(); }

    @Override
    public boolean isEnabled() { return enabled; }

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
