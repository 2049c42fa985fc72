package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ledger's rules without a database; {@link CalendarInvitesIntegrationTest} runs them against one. */
class CalendarInviteTest {

  private static final Instant NOW = Instant.parse("2025-05-01T08:00:00Z");
  private static final Instant START = Instant.parse("2025-05-10T16:00:00Z");

  private final InviteAttendee patient = attendee("Pat", "pat@example.org");
  private final InviteAttendee lateCounselor = attendee("Lou", "lou@example.org");
  private final InviteAttendee standby = attendee("Sam", "sam@example.org");

  @Test
  void firstInviteIsSequenceZeroToEveryone() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);

    InviteChange change = ledger.change(true);

    assertThat(change.sequence()).isZero();
    assertThat(change.requests()).containsExactly(lateCounselor, patient);
    assertThat(change.cancellations()).isEmpty();
  }

  @Test
  void standbySwitchRequestsTheNewAndCancelsTheLateCounselor() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);

    InviteChange change = ledger.change(ledger.reschedule(chat(List.of(patient, standby)), NOW));

    assertThat(change.changed()).isTrue();
    assertThat(change.sequence()).isEqualTo(1);
    assertThat(change.requests()).containsExactly(patient, standby);
    assertThat(change.cancellations()).containsExactly(lateCounselor);
    assertThat(change.invite().attendees()).containsExactly(patient, standby);
  }

  @Test
  void retryReturnsTheSameMailWithoutRaisingTheSequence() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);
    InviteChange first = ledger.change(ledger.reschedule(chat(List.of(patient, standby)), NOW));

    InviteChange retry = ledger.change(ledger.reschedule(chat(List.of(standby, patient)), NOW));

    assertThat(retry.changed()).isFalse();
    assertThat(retry).usingRecursiveComparison().ignoringFields("changed").isEqualTo(first);
    assertThat(retry.mailPurpose("chat-invite")).isEqualTo(first.mailPurpose("chat-invite")).isEqualTo("chat-invite#1");
  }

  @Test
  void laterChangesDoNotCancelEarlierRemovedAttendeesAgain() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);
    ledger.reschedule(chat(List.of(patient, standby)), NOW);

    InviteChange renamed = ledger.change(ledger.reschedule(
        chat(List.of(patient, new InviteAttendee(standby.personId(), "Samira", standby.email()))), NOW));

    assertThat(renamed.sequence()).isEqualTo(2);
    assertThat(renamed.cancellations()).isEmpty();
    assertThat(renamed.requests()).extracting(InviteAttendee::name).containsExactly("Pat", "Samira");
  }

  @Test
  void removedAttendeeCanBeInvitedAgain() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);
    ledger.reschedule(chat(List.of(patient)), NOW);

    InviteChange back = ledger.change(ledger.reschedule(chat(List.of(patient, lateCounselor)), NOW));

    assertThat(back.sequence()).isEqualTo(2);
    assertThat(back.requests()).containsExactly(lateCounselor, patient);
    assertThat(back.cancellations()).isEmpty();
  }

  @Test
  void theLastAttendeeLeavingGetsTheCancelAndTheNextOneTheRequest() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient)), NOW);

    InviteChange empty = ledger.change(ledger.reschedule(chat(List.of()), NOW));
    InviteChange next = ledger.change(ledger.reschedule(chat(List.of(standby)), NOW));

    assertThat(empty.cancelled()).as("the session goes on").isFalse();
    assertThat(empty.requests()).isEmpty();
    assertThat(empty.cancellations()).containsExactly(patient);
    assertThat(next.sequence()).isEqualTo(2);
    assertThat(next.requests()).containsExactly(standby);
  }

  @Test
  void cancellationGoesToThoseStillInvitedOnceAndIsFinal() {
    CalendarInvite ledger = new CalendarInvite(chat(List.of(patient, lateCounselor)), NOW);
    ledger.reschedule(chat(List.of(patient, standby)), NOW);

    InviteChange cancelled = ledger.change(ledger.cancel(NOW));
    InviteChange again = ledger.change(ledger.cancel(NOW));

    assertThat(cancelled.cancelled()).isTrue();
    assertThat(cancelled.sequence()).isEqualTo(2);
    assertThat(cancelled.requests()).isEmpty();
    assertThat(cancelled.cancellations()).containsExactly(patient, standby);
    assertThat(again.changed()).isFalse();
    assertThat(again.sequence()).isEqualTo(2);
    assertThatThrownBy(() -> ledger.reschedule(chat(List.of(patient)), NOW)).isInstanceOf(IllegalStateException.class);
  }

  private static SessionInvite chat(List<InviteAttendee> attendees) {
    return new SessionInvite("chat-42@mentra-sessions", "Support chat", null, START, START.plusSeconds(1800),
        "https://meet.jit.si/mentra-room", attendees);
  }

  private static InviteAttendee attendee(String name, String email) {
    return new InviteAttendee(UUID.randomUUID(), name, email);
  }
}
