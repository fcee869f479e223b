package vn.kehoach.reporting.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findByReportIdOrderBySectionIdAscIdAsc(Long reportId);

    List<Contribution> findByReportIdInAndContributorAgencyId(Collection<Long> reportIds, Long agencyId);

    Optional<Contribution> findByReportIdAndSectionIdAndContributorAgencyId(Long reportId, Long sectionId,
                                                                            Long agencyId);
}
