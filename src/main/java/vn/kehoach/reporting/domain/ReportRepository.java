package vn.kehoach.reporting.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;

import java.util.Collection;
import java.util.List;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByPlanIdOrderById(Long planId);

    List<Report> findByPlanIdInAndReporterKindAndReporterUnitIdAndStatus(Collection<Long> planIds,
                                                                        ReporterKind kind, Long unitId,
                                                                        ReportStatus status);

    List<Report> findBySubjectPlanIdAndStatusIn(Long subjectPlanId, Collection<ReportStatus> statuses);

    /** In id order: of merged units' reports, the oldest is the one that passes on, whatever the database returns. */
    List<Report> findByOwnerAgencyIdInAndStatusInOrderById(Collection<Long> agencyIds, Collection<ReportStatus> statuses);

    List<Report> findByReceiverAgencyIdInAndStatusIn(Collection<Long> agencyIds, Collection<ReportStatus> statuses);

    List<Report> findByPlanIdInAndKindAndYearAndStatus(Collection<Long> planIds, vn.kehoach.plan.ReportKind kind,
                                                       int year, ReportStatus status);

    boolean existsByRequirementIdAndReporterKindAndReporterUnitId(Long requirementId, ReporterKind kind, Long unitId);
}
