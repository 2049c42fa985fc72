package org.mentra.sessions.events.analytics.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The events a host holds, for their analytics (read only). */
public interface HostedEventRepository extends Repository<Event, UUID> {

  @Query("""
      select e from Event e
      where e.hostId = :hostId and e.startsAt >= :from and e.status in :statuses
      order by e.startsAt""")
  List<Event> hostedSince(UUID hostId, Instant from, Collection<EventStatus> statuses, Pageable page);
}
