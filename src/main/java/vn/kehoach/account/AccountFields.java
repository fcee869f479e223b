package vn.kehoach.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The limits of an account's fields, one set for the account form and the CSV import: a file must not store what the
 * form would refuse (100,000-character names came in through an import). The import checks its values against these
 * fields' constraints with the validator the form uses.
 */
public final class AccountFields {

    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 150;
    public static final String PHONE = "^$|[0-9 +().-]{6,20}";

    @Size(max = DISPLAY_NAME_MAX)
    String displayName;

    @Email
    @Size(max = EMAIL_MAX)
    String email;

    @Pattern(regexp = PHONE)
    String phone;

    private AccountFields() {
    }
}
