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
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventType;

public interface EventRepository extends JpaRepository<Event, UUID> {

  /**
   * The events list's optional filters, each {@code null} for "any". Written once so Hibernate translates it
   * once (a criteria query is translated on every call). PostgreSQL cannot type a parameter that stands only
   * beside {@code is null}: uuid and timestamp ones are cast; enums and strings are bound as varchar.
   */
  String LIST_FILTERS = """
      (:kind is null or e.kind = :kind)
        and (:status is null or e.status = :status)
        and (:eventType is null or e.eventType = :eventType)
        and (:format is null or e.format = :format)
        and (:theme is null or e.theme = :theme)
        and (cast(:hostId as java.util.UUID) is null or e.hostId = :hostId)
        and (cast(:from as Instant) is null or e.endsAt > :from)
        and (cast(:to as Instant) is null or e.startsAt < :to)
        and (:pattern is null or lower(e.title) like :pattern escape '!'
          or lower(e.description) like :pattern escape '!')""";

  /** The events that match the filters (see {@link #LIST_FILTERS}), for staff. */
  @Query("select e from Event e where " + LIST_FILTERS)
  Page<Event> list(EventKind kind, EventStatus status, EventType eventType, EventFormat format, String theme,
      UUID hostId, Instant from, Instant to, String pattern, Pageable pageable);

  /**
   * The events that match the filters that a member may see (the rules are {@code EventAudience}'s): published or
   * held public and members' events, those they host, and the others but drafts that they are invited to or
   * registered for; private and invite-only ones of hosts hidden from them never. {@code me} is null for a member
   * without a person; {@code registered} and {@code hidden} may be empty.
   */
  @Query("select e from Event e where " + LIST_FILTERS + """

        and (e.hostId = :me
          or e.status in (org.mentra.sessions.events.EventStatus.PUBLISHED,
              org.mentra.sessions.events.EventStatus.COMPLETED)
            and e.privacy in (org.mentra.sessions.events.EventPrivacy.PUBLIC,
              org.mentra.sessions.events.EventPrivacy.MEMBERS)
          or e.status <> org.mentra.sessions.events.EventStatus.DRAFT
            and (e.id in (select i.eventId from EventInvitee i where i.personId = :me) or e.id in :registered))
        and (e.privacy in (org.mentra.sessions.events.EventPrivacy.PUBLIC,
              org.mentra.sessions.events.EventPrivacy.MEMBERS)
          or e.hostId is null or e.hostId not in :hidden)""")
  Page<Event> listVisible(EventKind kind, EventStatus status, EventType eventType, EventFormat format, String theme,
      UUID hostId, Instant from, Instant to, String pattern, UUID me, Collection<UUID> registered,
      Collection<UUID> hidden, Pageable pageable);

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
