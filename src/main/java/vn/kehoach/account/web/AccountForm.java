package vn.kehoach.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.account.AccountCommand;
import vn.kehoach.account.AccountFields;
import vn.kehoach.account.AccountSummary;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.VietnameseText;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

public class AccountForm {

    /** Lower-case letters, digits, dot, dash, underscore: what the sign-in form and the database accept. */
    @NotBlank
    @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}")
    private String username;

    @NotBlank
    @Size(max = AccountFields.DISPLAY_NAME_MAX)
    private String displayName;

    private Long agencyId;

    /** Shown in the agency picker; not trusted, the id decides. */
    private String agencyLabel;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Email
    @Size(max = AccountFields.EMAIL_MAX)
    private String email;

    @Pattern(regexp = AccountFields.PHONE)
    private String phone;

    private long version;

    static AccountForm of(AccountSummary account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.agencyId = account.agencyId();
        form.agencyLabel = account.agencyName() == null ? null : account.agencyName() + " — " + account.unitName();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.email = account.email();
        form.phone = account.phone();
        form.version = account.version();
        return form;
    }

    AccountCommand toCommand() {
        return new AccountCommand(username.strip().toLowerCase(Locale.ROOT), VietnameseText.clean(displayName),
                agencyId,
                roles, email, phone);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public String getAgencyLabel() { return agencyLabel; }
    public void setAgencyLabel(String agencyLabel) { this.agencyLabel = agencyLabel; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
