package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReorganisationRepository extends JpaRepository<Reorganisation, Long> {
}
