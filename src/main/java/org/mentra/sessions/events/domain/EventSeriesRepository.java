package org.mentra.sessions.events.domain;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventSeriesRepository extends JpaRepository<EventSeries, UUID> {

  default EventSeries getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Event series", id));
  }

  long countByHostIdAndCreatedAtGreaterThanEqual(UUID hostId, Instant since);

  /** Series the person hosts, or with an occurrence every member sees (published or held, not restricted). */
  @Query("""
      select s from EventSeries s
      where s.hostId = :personId
         or exists (select e.id from Event e where e.seriesId = s.id
           and e.status in (org.mentra.sessions.events.EventStatus.PUBLISHED,
                            org.mentra.sessions.events.EventStatus.COMPLETED)
           and e.privacy in (org.mentra.sessions.events.EventPrivacy.PUBLIC,
                             org.mentra.sessions.events.EventPrivacy.MEMBERS))""")
  Page<EventSeries> visibleTo(UUID personId, Pageable pageable);
}
