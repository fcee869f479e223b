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

    /** The unit's plans of a year by the same issuer that are not revoked: the one in force first, then the latest. */
    @Query("select p from Plan p where p.issuerUnitId = :unitId and p.issuerAgencyId = :agencyId and p.year = :year"
            + " and p.status <> vn.kehoach.plan.PlanStatus.REVOKED"
            + " order by case when p.status = vn.kehoach.plan.PlanStatus.ISSUED then 0 else 1 end, p.revision desc,"
            + " p.id desc")
    List<Plan> findOfYear(@Param("unitId") Long unitId, @Param("agencyId") Long agencyId, @Param("year") int year);

    /** Issued plans of a unit for a year, those of the given issuing agency first, the latest issued first. */
    @Query("select p from Plan p where p.issuerUnitId = :unitId and p.year = :year"
            + " and p.status = vn.kehoach.plan.PlanStatus.ISSUED"
            + " order by case when p.issuerAgencyId = :agencyId then 0 else 1 end, p.issuedOn desc, p.id desc")
    List<Plan> findIssuedOfYear(@Param("unitId") Long unitId, @Param("year") int year,
                                @Param("agencyId") Long preferredAgencyId);

    boolean existsByAmendsPlanIdAndStatusIn(Long amendsPlanId, Collection<PlanStatus> statuses);
}
