/**
 * The start page: who the user is, what waits for them, and the way into each area of the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard", allowedDependencies = {"indicator", "plan",
        "reporting", "shared"})
package vn.kehoach.dashboard;
