/**
 * User accounts, their roles and sign-in: who may use the application, and as which agency. Builds the
 * {@link vn.kehoach.shared.security.CurrentUser} that every other module uses for its scope checks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"audit", "roster",
        "shared"})
package vn.kehoach.account;
