package vn.kehoach.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.kehoach.shared.security.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    private boolean mustChangePassword;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant lastLoginAt;

    private Long agencyId;

    private String email;

    private String phone;

    private String disabledReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    /** Raised by every password change or reset; sessions signed in under an older value are ended. */
    private int credentialsVersion;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    /** The next sign-in must start with a password change (new accounts, resets by an administrator). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void assign(String displayName, Long agencyId, Set<Role> roles, String email, String phone) {
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = new HashSet<>(roles);
        this.email = email;
        this.phone = phone;
    }

    public void disable(String reason) {
        this.enabled = false;
        this.disabledReason = reason;
    }

    public void enable() {
        this.enabled = true;
        this.disabledReason = null;
    }

    /** An administrator set a temporary password: the user must replace it at the next sign-in. */
    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = temporaryPasswordHash;
        this.mustChangePassword = true;
        this.credentialsVersion++;
    }

    /** The agency was closed in a reorganisation and another one took over its people. */
    public void moveTo(Long agencyId) {
        this.agencyId = agencyId;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
        this.credentialsVersion++;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public Long getId() { return id; }

    public String getUsername() { return username; }

    public String getDisplayName() { return displayName; }

    public String getPasswordHash() { return passwordHash; }

    public boolean isEnabled() { return enabled; }

    public boolean isMustChangePassword() { return mustChangePassword; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getLastLoginAt() { return lastLoginAt; }

    public Set<Role> getRoles() { return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles); }

    public Long getAgencyId() { return agencyId; }

    public String getEmail() { return email; }

    public String getPhone() { return phone; }

    public String getDisabledReason() { return disabledReason; }

    public int getCredentialsVersion() { return credentialsVersion; }

    public long getVersion() { return version; }
}
