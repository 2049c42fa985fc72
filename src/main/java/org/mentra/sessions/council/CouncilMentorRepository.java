package org.mentra.sessions.council;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CouncilMentorRepository extends JpaRepository<CouncilMentor, UUID> {

  /**
   * The mentor's row, locked until the transaction ends: a double click, or a click racing the
   * deadline timer, waits here and then sees what the first one did.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from CouncilMentor m where m.council.id = :councilId and m.mentorId = :mentorId")
  Optional<CouncilMentor> lock(UUID councilId, UUID mentorId);

  /** How many councils each mentor was asked to join since the instant (replaced mentors left out). */
  @Query("""
      select new org.mentra.sessions.council.MentorLoad(m.mentorId, count(m)) from CouncilMentor m
      where m.council.createdAt >= :since and m.council.id <> :excluded
        and m.state <> org.mentra.sessions.council.MentorState.REPLACED
      group by m.mentorId""")
  List<MentorLoad> recentLoads(Instant since, UUID excluded);
}
