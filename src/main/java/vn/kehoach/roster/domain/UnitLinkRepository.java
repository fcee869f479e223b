package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UnitLinkRepository extends JpaRepository<UnitLink, Long> {

    List<UnitLink> findBySuccessorId(Long successorId);

    List<UnitLink> findByPredecessorId(Long predecessorId);

    Optional<UnitLink> findByPredecessorIdAndSuccessorId(Long predecessorId, Long successorId);

    /** Every unit this one succeeded, directly or through earlier reorganisations (confirmed links only). */
    @Query(value = """
            with recursive lineage(id) as (
                select l.predecessor_id from unit_link l where l.successor_id = :unitId and l.confirmed
                union
                select l.predecessor_id from unit_link l join lineage on l.successor_id = lineage.id where l.confirmed
            )
            select u.path from administrative_unit u join lineage on u.id = lineage.id""", nativeQuery = true)
    List<String> findPredecessorPaths(@Param("unitId") Long unitId);

    /** The ids of every unit this one succeeded, directly or through earlier reorganisations (confirmed links only). */
    @Query(value = """
            with recursive lineage(id) as (
                select l.predecessor_id from unit_link l where l.successor_id = :unitId and l.confirmed
                union
                select l.predecessor_id from unit_link l join lineage on l.successor_id = lineage.id where l.confirmed
            )
            select id from lineage""", nativeQuery = true)
    List<Long> findPredecessorIds(@Param("unitId") Long unitId);

    long countByConfirmedFalse();

    List<UnitLink> findByPredecessorIdIn(Collection<Long> predecessorIds);

    List<UnitLink> findByReorganisationIdIn(Collection<Long> reorganisationIds);
}
