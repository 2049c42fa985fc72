package org.mentra.sessions.council.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.mentra.sessions.shared.NotFound;

public interface CouncilMentorRepository extends JpaRepository<CouncilMentor, UUID> {

  default CouncilMentor getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Council mentor", id));
  }

  @Query("select m from CouncilMentor m where m.council.id = :councilId and m.mentorId = :mentorId")
  Optional<CouncilMentor> find(UUID councilId, UUID mentorId);

  /**
   * Locks the mentor's row until the transaction ends (a plain row lock: unlike a JPA lock on an
   * entity this transaction has already read, it never fails on a newer version, it waits).
   */
  @Query(value = "select 1 from council_mentor where council_id = :councilId and mentor_id = :mentorId for update",
      nativeQuery = true)
  List<Integer> lockRow(UUID councilId, UUID mentorId);

  /** How many councils each mentor was asked to join since the instant (replaced mentors left out). */
  @Query("""
      select new org.mentra.sessions.council.domain.MentorLoad(m.mentorId, count(m)) from CouncilMentor m
      where m.council.createdAt >= :since and m.council.id <> :excluded
        and m.state <> org.mentra.sessions.council.domain.MentorState.REPLACED
      group by m.mentorId""")
  List<MentorLoad> recentLoads(Instant since, UUID excluded);
}
