package vn.kehoach.roster.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface FocalAgencyRepository extends JpaRepository<FocalAgency, Long> {

    @Query("""
            select f from FocalAgency f where f.unitId = :unitId
            and f.validFrom <= :date and (f.validTo is null or f.validTo >= :date)""")
    Optional<FocalAgency> findAt(@Param("unitId") Long unitId, @Param("date") LocalDate date);

    List<FocalAgency> findByUnitIdOrderByValidFromDesc(Long unitId);
}
