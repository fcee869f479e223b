package vn.kehoach.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.account.PasswordPolicy;

/**
 * A user's own password change. The new password needs at least {@link PasswordPolicy#MIN_LENGTH} characters with a
 * letter and a digit; the service checks the rest (not the current one, not common, not the username).
 */
public class PasswordChangeForm {

    @NotBlank
    @Size(max = 128)
    private String currentPassword;

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = 128)
    @Pattern(regexp = "^(?=.*\\p{L})(?=.*\\d).*$")
    private String newPassword;

    @NotBlank
    @Size(max = 128)
    private String confirmPassword;

    @AssertTrue
    public boolean isConfirmed() { return newPassword == null || newPassword.equals(confirmPassword); }

    public String getCurrentPassword() { return currentPassword; }

    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }

    public String getNewPassword() { return newPassword; }

    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }

    public String getConfirmPassword() { return confirmPassword; }

    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
