package org.mentra.sessions.calendar.feed;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedTokenRepository extends JpaRepository<FeedToken, UUID> {

  /** Asked on every feed request: written, not derived (see PersonRepository.findByUserId). */
  @Query("select t from FeedToken t where t.tokenHash = :tokenHash")
  Optional<FeedToken> findByTokenHash(String tokenHash);
}
