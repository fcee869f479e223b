package vn.kehoach.reporting.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByPlanIdOrderById(Long planId);

    /** The report, its row locked until the end of the transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Report> findWithLockById(Long id);

    List<Report> findByPlanIdInAndReporterKindAndReporterUnitIdAndStatus(Collection<Long> planIds,
                                                                         ReporterKind kind, Long unitId,
                                                                         ReportStatus status);

    List<Report> findBySubjectPlanIdAndStatusIn(Long subjectPlanId, Collection<ReportStatus> statuses);

    /** Unit by unit, then by id: the order in which a reorganisation hands them over, which its preview shows. */
    List<Report> findByOwnerAgencyIdInAndStatusInOrderByReporterUnitIdAscIdAsc(Collection<Long> agencyIds,
                                                                               Collection<ReportStatus> statuses);

    List<Report> findByReceiverAgencyIdInAndStatusIn(Collection<Long> agencyIds, Collection<ReportStatus> statuses);

    boolean existsByRequirementIdAndReporterKindAndReporterUnitId(Long requirementId, ReporterKind kind, Long unitId);
}
