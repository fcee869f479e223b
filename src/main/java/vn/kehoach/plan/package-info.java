/**
 * Plans: drafting, task assignments, the reporting regime, sign-off and issue, amendments, and the cascade of a
 * plan down to the units that implement it. The root package holds the module's API: enums and view records that
 * the document, reporting and indicator modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans", allowedDependencies = {"audit", "officialdoc",
        "roster", "shared"})
package vn.kehoach.plan;
