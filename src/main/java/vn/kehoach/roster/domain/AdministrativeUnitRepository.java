package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

    @Query("""
            select u from AdministrativeUnit u
            where u.code = :code and u.validFrom <= :date and (u.validTo is null or u.validTo >= :date)""")
    Optional<AdministrativeUnit> findByCodeAt(@Param("code") String code, @Param("date") LocalDate date);

    List<AdministrativeUnit> findByCodeOrderByValidFromDesc(String code);

    @Query(value = "select nextval('administrative_unit_id_seq')", nativeQuery = true)
    long nextId();

    List<AdministrativeUnit> findByIdIn(Collection<Long> ids);

    /** The chain from the root to the unit, in one query on the path ids. */
    @Query(value = """
            select u.* from administrative_unit u
            where u.id = any (cast(string_to_array(trim(both '/' from :path), '/') as bigint[]))
            order by u.depth""", nativeQuery = true)
    List<AdministrativeUnit> findChain(@Param("path") String path);

    @Query("""
            select u from AdministrativeUnit u where u.parentId = :parentId
            and u.validFrom <= :date and (u.validTo is null or u.validTo >= :date) order by u.fullName""")
    List<AdministrativeUnit> findChildrenValidAt(@Param("parentId") Long parentId, @Param("date") LocalDate date);

    /**
     * The units below any of the given paths (not those units themselves) valid on a date, top down: what a
     * reorganisation carries over under a successor. {@code paths} is a comma-separated list of materialised paths
     * (digits and slashes only, so they need no escaping in a pattern).
     */
    @Query(value = """
            select u.* from administrative_unit u
            where u.path like any (select p || '%' from unnest(string_to_array(:paths, ',')) p)
              and u.path <> all (string_to_array(:paths, ','))
              and u.valid_from <= :date and (u.valid_to is null or u.valid_to >= :date)
            order by u.depth, u.full_name, u.code""", nativeQuery = true)
    List<AdministrativeUnit> findValidBelow(@Param("paths") String paths, @Param("date") LocalDate date);

    List<AdministrativeUnit> findByCodeIn(Collection<String> codes);

    @Query("select count(u) from AdministrativeUnit u where u.parentId = :parentId")
    long countChildren(@Param("parentId") Long parentId);

    @Query("""
            select u from AdministrativeUnit u where u.level = UnitLevel.CENTRAL
            and u.validTo is null""")
    Optional<AdministrativeUnit> findCentral();
}
