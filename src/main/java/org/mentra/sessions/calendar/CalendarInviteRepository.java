package org.mentra.sessions.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.calendar.feed.FeedEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarInviteRepository extends JpaRepository<CalendarInvite, String> {

  /**
   * The sessions a person is invited to (by person id, or by address for an invite sent before the
   * address had a profile) that ended after {@code since}: those standing, and those cancelled after
   * {@code cancelledSince}. An attendee removed from a session is no longer invited to it.
   */
  @Query("""
      select distinct new org.mentra.sessions.calendar.feed.FeedEvent(i.uid, i.sequence, i.summary, i.description,
          i.startAt, i.endAt, i.meetingUrl, case when i.status = :cancelled then true else false end, i.updatedAt)
      from CalendarInvite i join i.attendees a
      where (a.personId = :personId or key(a) = :email) and a.status = :active and i.endAt > :since
        and (i.status <> :cancelled or i.updatedAt > :cancelledSince)""")
  List<FeedEvent> feedOf(UUID personId, String email, Instant since, Instant cancelledSince,
      AttendeeEntry.Status active, InviteStatus cancelled);

  default List<FeedEvent> feedOf(UUID personId, String email, Instant since, Instant cancelledSince) {
    return feedOf(personId, email, since, cancelledSince, AttendeeEntry.Status.ACTIVE, InviteStatus.CANCELLED);
  }
}
