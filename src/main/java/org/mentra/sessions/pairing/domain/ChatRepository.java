package org.mentra.sessions.pairing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChatRepository extends JpaRepository<Chat, UUID> {

  /** The chat, or the domain's "not found" (a 404 on the API, an incident in a job: never a null). */
  default Chat getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Chat", id));
  }


  List<Chat> findByEventIdOrderByStartsAt(UUID eventId);

  List<Chat> findByEventIdAndStatusIn(UUID eventId, Collection<ChatStatus> statuses);

  Optional<Chat> findByRegistrationIdAndStatusIn(UUID registrationId, Collection<ChatStatus> statuses);

  /** Live chats of these counselors that overlap the time, in any event. */
  @Query("""
      select c from Chat c
      where c.counselorId in :counselorIds and c.status in :statuses
        and c.startsAt < :until and c.endsAt > :from""")
  List<Chat> findOverlapping(Collection<UUID> counselorIds, Collection<ChatStatus> statuses, Instant from,
      Instant until);

  /** Which of these counselors a standby took over from in a chat that overlaps the time. */
  @Query("""
      select c.lateCounselorId from Chat c
      where c.lateCounselorId in :counselorIds and c.startsAt < :until and c.endsAt > :from""")
  List<UUID> findReplacedCounselors(Collection<UUID> counselorIds, Instant from, Instant until);
}
