/**
 * The roster: administrative units through time (Trung ương, tỉnh, huyện until 30/6/2025, xã/phường/đặc khu), their
 * reorganisations, and the agencies in each unit with the gender-equality focal agency. Every plan and report hangs
 * on it. The root package is the module's API ({@link vn.kehoach.roster.Units}, {@link vn.kehoach.roster.Agencies}
 * and their reference records); other modules refer to units and agencies by id. A reorganisation is previewed
 * before it is recorded; what other modules hold on the units that end comes through the
 * {@link vn.kehoach.roster.ReorganisationImpact} interface they implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster", allowedDependencies = {"audit", "shared"})
package vn.kehoach.roster;
