package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionInviteTest {

  private static final Instant START = Instant.parse("2025-06-02T15:00:00Z");
  private final InviteAttendee ana = new InviteAttendee(null, "Ana", "ana@example.org");
  private final InviteAttendee ben = new InviteAttendee(null, "Ben", "ben@example.org");

  @Test
  void uidNamesTheKindAndTheSession() {
    UUID id = UUID.fromString("0b6f8a52-4f5e-4a49-9d43-5d2f3c1b7e10");

    assertThat(SessionInvite.uidOf("council", id)).isEqualTo("council-0b6f8a52-4f5e-4a49-9d43-5d2f3c1b7e10@mentra-sessions");
  }

  @Test
  void sameContentIgnoresTheOrderOfAttendees() {
    assertThat(invite(START, List.of(ana, ben)).sameContentAs(invite(START, List.of(ben, ana)))).isTrue();
    assertThat(invite(START, List.of(ana, ben)).sameContentAs(invite(START, List.of(ana)))).isFalse();
    assertThat(invite(START, List.of(ana)).sameContentAs(invite(START.plusSeconds(60), List.of(ana)))).isFalse();
  }

  @Test
  void timesKeepWholeSecondsAsICalendarDoes() {
    assertThat(invite(START.plusNanos(123_456_789), List.of(ana)).start()).isEqualTo(START);
  }

  @Test
  void addressesAreComparedIgnoringCase() {
    InviteAttendee shouting = new InviteAttendee(null, "Ana", " ANA@Example.org ");

    assertThat(shouting).isEqualTo(ana);
    assertThatThrownBy(() -> invite(START, List.of(ana, shouting))).hasMessageContaining("twice");
  }

  @Test
  void aSessionThatGoesOnMayHaveNobodyInvitedForAWhile() {
    // a group event whose last registrant cancelled: they get the CANCEL, the next registrant the REQUEST
    assertThat(invite(START, List.of()).attendees()).isEmpty();
  }

  @Test
  void rejectsWhatNoInviteCanSay() {
    assertThatThrownBy(() -> new SessionInvite("x@mentra-sessions", "S", null, START, START, null, List.of(ana)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionInvite("x@mentra-sessions", "S", null, START, START.plusSeconds(60),
        "not a url", List.of(ana))).isInstanceOf(IllegalArgumentException.class);
  }

  private static SessionInvite invite(Instant start, List<InviteAttendee> attendees) {
    return new SessionInvite("chat-1@mentra-sessions", "Support chat", null, start, start.plusSeconds(1800),
        "https://meet.jit.si/mentra-x", attendees);
  }
}
