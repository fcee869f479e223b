package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.kehoach.roster.UnitLevel;

import java.util.List;

public interface AgencyTemplateRepository extends JpaRepository<AgencyTemplate, Long> {

    List<AgencyTemplate> findByLevelOrderBySortOrder(UnitLevel level);
}
