package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentra.sessions.calendar.InviteAssertions.assertValidAttachment;
import static org.mentra.sessions.calendar.InviteAssertions.attendees;
import static org.mentra.sessions.calendar.InviteAssertions.method;
import static org.mentra.sessions.calendar.InviteAssertions.sequence;
import static org.mentra.sessions.calendar.InviteAssertions.start;
import static org.mentra.sessions.calendar.InviteAssertions.status;
import static org.mentra.sessions.calendar.InviteAssertions.uid;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.mail.MailAttachment;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarInvitesIntegrationTest extends IntegrationTest {

  @Autowired
  private CalendarInvites calendarInvites;

  private final String uid = SessionInvite.uidOf("council", UUID.randomUUID());
  private final Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
  private final InviteAttendee mentee = attendee("Mia Mentee", "mia");
  private final InviteAttendee lead = attendee("Leo Lead", "leo");
  private final InviteAttendee mentor = attendee("Dora Dropout", "dora");

  @Test
  void councilInviteLivesThroughRetryTimeChangeDropOutAndCancellation() {
    InviteChange confirmed = calendarInvites.schedule(council(start, List.of(mentee, lead, mentor)));
    assertMails(confirmed, 0, List.of(mentee, lead, mentor), List.of());
    assertThat(confirmed.changed()).isTrue();

    InviteChange retried = calendarInvites.schedule(council(start, List.of(mentor, lead, mentee)));
    assertThat(retried.changed()).isFalse();
    assertThat(retried.sequence()).isZero();
    assertThat(retried.requests()).containsExactlyInAnyOrderElementsOf(confirmed.requests());

    Instant later = start.plus(Duration.ofHours(2));
    InviteChange moved = calendarInvites.schedule(council(later, List.of(mentee, lead, mentor)));
    assertMails(moved, 1, List.of(mentee, lead, mentor), List.of());
    assertThat(start(calendarInvites.attachmentFor(moved, lead).content())).isEqualTo(later);

    InviteChange droppedOut = calendarInvites.schedule(council(later, List.of(mentee, lead)));
    assertMails(droppedOut, 2, List.of(mentee, lead), List.of(mentor));
    String toMentor = calendarInvites.attachmentFor(droppedOut, mentor).content();
    assertThat(attendees(toMentor)).containsExactly(mentor.email());
    assertThat(status(toMentor)).isEmpty();
    assertThat(attendees(calendarInvites.attachmentFor(droppedOut, mentee).content()))
        .containsExactlyInAnyOrder(mentee.email(), lead.email());

    InviteChange cancelled = calendarInvites.cancel(uid).orElseThrow();
    assertMails(cancelled, 3, List.of(), List.of(mentee, lead));
    assertThat(cancelled.status()).isEqualTo(InviteStatus.CANCELLED);
    String toMentee = calendarInvites.attachmentFor(cancelled, mentee).content();
    assertThat(status(toMentee)).contains("CANCELLED");
    assertThat(attendees(toMentee)).containsExactlyInAnyOrder(mentee.email(), lead.email());

    InviteChange cancelledAgain = calendarInvites.cancel(uid).orElseThrow();
    assertThat(cancelledAgain.changed()).isFalse();
    assertThat(cancelledAgain.sequence()).isEqualTo(3);
    assertThatThrownBy(() -> calendarInvites.schedule(council(later, List.of(mentee, lead))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nothingToCancelForASessionThatWasNeverInvited() {
    assertThat(calendarInvites.cancel(SessionInvite.uidOf("council", UUID.randomUUID()))).isEmpty();
  }

  /** The change's sequence and recipients, and a valid invite for each with the session's UID. */
  private void assertMails(InviteChange change, int sequence, List<InviteAttendee> requests,
      List<InviteAttendee> cancellations) {
    assertThat(change.uid()).isEqualTo(uid);
    assertThat(change.sequence()).isEqualTo(sequence);
    assertThat(change.requests()).containsExactlyInAnyOrderElementsOf(requests);
    assertThat(change.cancellations()).containsExactlyInAnyOrderElementsOf(cancellations);
    for (InviteAttendee recipient : change.recipients()) {
      MailAttachment attachment = calendarInvites.attachmentFor(change, recipient);
      assertValidAttachment(attachment);
      assertThat(method(attachment.content())).isEqualTo(requests.contains(recipient) ? "REQUEST" : "CANCEL");
      assertThat(uid(attachment.content())).isEqualTo(uid);
      assertThat(sequence(attachment.content())).isEqualTo(sequence);
    }
  }

  private SessionInvite council(Instant from, List<InviteAttendee> attendees) {
    return new SessionInvite(uid, "Council: changing careers", "Goals and questions inside.", from,
        from.plus(Duration.ofHours(1)), "https://meet.jit.si/mentra-" + uid.substring(8, 16), attendees);
  }

  /** An attendee with an address of its own, as the database is shared by the run's tests. */
  private static InviteAttendee attendee(String name, String mailbox) {
    UUID id = UUID.randomUUID();
    return new InviteAttendee(id, name, mailbox + "-" + id + "@example.org");
  }
}
