package vn.kehoach.plan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlanTransitionRepository extends JpaRepository<PlanTransition, Long> {

    List<PlanTransition> findByPlanIdOrderByAtAscIdAsc(Long planId);
}
