package org.mentra.sessions.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventType;

public interface EventRepository extends JpaRepository<Event, UUID>, EventListing {

  /** The event, or the domain's "not found" (a 404 on the API, an incident in a job: never a null). */
  default Event getOrFail(UUID id) {
    return findById(id).orElseThrow(() -> new NotFound("Event", id));
  }

  @Query("""
      select e from Event e
      where (:kind is null or e.kind = :kind)
        and e.status in :statuses
        and (:includePrivate = true or e.privacy <> org.mentra.sessions.events.EventPrivacy.PRIVATE)""")
  Page<Event> search(EventKind kind, Collection<EventStatus> statuses, boolean includePrivate, Pageable pageable);

  /**
   * Events the host created since then that are not occurrences of a series (a series counts once) and that
   * still stand: one called off was never hosted, and its host may plan another in its place.
   */
  @Query("""
      select count(e) from Event e where e.hostId = :hostId and e.seriesId is null and e.createdAt >= :since
        and e.status <> org.mentra.sessions.events.EventStatus.CANCELLED""")
  long countStandaloneCreatedSince(UUID hostId, Instant since);

  /** The host's published events of these types that start after then, soonest first. */
  @Query("""
      select e from Event e where e.hostId = :hostId and e.status = org.mentra.sessions.events.EventStatus.PUBLISHED
        and e.startsAt > :after and e.eventType in :types order by e.startsAt""")
  List<Event> upcomingOfTypes(UUID hostId, Instant after, Collection<EventType> types);

  /** The ids of the events the host has held. */
  @Query("""
      select e.id from Event e where e.hostId = :hostId and e.status = org.mentra.sessions.events.EventStatus.COMPLETED""")
  List<UUID> heldBy(UUID hostId);

  /** A series' occurrences by recurrence id. */
  @Query("select e from Event e where e.seriesId = :seriesId order by e.recurrenceId")
  List<Event> occurrencesOf(UUID seriesId);
}
