package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    List<Agency> findByUnitIdOrderBySortOrderAscNameAsc(Long unitId);

    List<Agency> findByUnitIdIn(Collection<Long> unitIds);

    List<Agency> findByUnitIdInOrderBySortOrderAscNameAsc(Collection<Long> unitIds);

    List<Agency> findByIdIn(Collection<Long> ids);
}
