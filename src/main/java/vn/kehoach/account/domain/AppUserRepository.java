package vn.kehoach.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByAgencyIdIn(Collection<Long> agencyIds);

    /** Bypasses the version: a sign-in is not an edit and must not make other sessions reload. */
    @Modifying
    @Query("update AppUser u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(@Param("id") Long id, @Param("at") Instant at);

}
