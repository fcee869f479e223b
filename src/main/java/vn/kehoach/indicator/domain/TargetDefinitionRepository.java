package vn.kehoach.indicator.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetDefinitionRepository extends JpaRepository<TargetDefinition, Long> {

    /** Codes differing only in case would read as the same target in plans and reports. */
    @Query("select count(t) > 0 from TargetDefinition t where lower(t.code) = lower(:code) and (:id is null or t.id <> :id)")
    boolean codeTaken(String code, Long id);

    @Query("select coalesce(max(t.position), 0) + 1 from TargetDefinition t where t.goalNo = :goalNo")
    int nextPosition(int goalNo);
}
