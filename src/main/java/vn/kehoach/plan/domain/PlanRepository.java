package vn.kehoach.plan.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.kehoach.plan.PlanStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findByAmendsPlanId(Long amendsPlanId);

    List<Plan> findByParentPlanIdIn(Collection<Long> parentPlanIds);

    @Query("select p from Plan p where p.issuerAgencyId = :agencyId and p.year = :year and p.number = :number and p.symbol = :symbol")
    Optional<Plan> findByNumber(@Param("agencyId") Long agencyId, @Param("year") int year,
                                @Param("number") String number, @Param("symbol") String symbol);

    boolean existsByAmendsPlanIdAndStatusIn(Long amendsPlanId, Collection<PlanStatus> statuses);
}
