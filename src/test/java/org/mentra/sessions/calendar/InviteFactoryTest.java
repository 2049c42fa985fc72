package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentra.sessions.calendar.InviteAssertions.assertValid;
import static org.mentra.sessions.calendar.InviteAssertions.assertValidAttachment;
import static org.mentra.sessions.calendar.InviteAssertions.assertValidCancel;
import static org.mentra.sessions.calendar.InviteAssertions.assertValidRequest;
import static org.mentra.sessions.calendar.InviteAssertions.attendeeParameter;
import static org.mentra.sessions.calendar.InviteAssertions.attendees;
import static org.mentra.sessions.calendar.InviteAssertions.end;
import static org.mentra.sessions.calendar.InviteAssertions.method;
import static org.mentra.sessions.calendar.InviteAssertions.organizer;
import static org.mentra.sessions.calendar.InviteAssertions.parse;
import static org.mentra.sessions.calendar.InviteAssertions.property;
import static org.mentra.sessions.calendar.InviteAssertions.sequence;
import static org.mentra.sessions.calendar.InviteAssertions.stamp;
import static org.mentra.sessions.calendar.InviteAssertions.start;
import static org.mentra.sessions.calendar.InviteAssertions.status;
import static org.mentra.sessions.calendar.InviteAssertions.uid;
import static org.mentra.sessions.calendar.InviteAssertions.validation;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.mail.MailAttachment;

class InviteFactoryTest {

  private static final Instant NOW = Instant.parse("2025-03-20T09:15:00Z");
  // The night Europe moves its clocks: stored as instants, the session does not move.
  private static final Instant START = Instant.parse("2025-03-30T00:30:00Z");
  private static final Instant END = Instant.parse("2025-03-30T01:30:00Z");
  private static final String MEETING = "https://meet.jit.si/mentra-abcdefgh";

  private final InviteFactory factory = new InviteFactory(
      new CalendarProperties("Mentra Sessions <sessions@mentra.example>"), Clock.fixed(NOW, ZoneOffset.UTC));

  private final InviteAttendee ana = new InviteAttendee(UUID.randomUUID(), "Ana Lima", "Ana@Example.org");
  private final InviteAttendee ben = new InviteAttendee(UUID.randomUUID(), "Ben Okafor, PhD", "ben@example.org");
  private final InviteAttendee cleo = new InviteAttendee(null, "Cléo", "cleo@example.org");
  private final SessionInvite council = new SessionInvite(SessionInvite.uidOf("council", UUID.randomUUID()),
      "Council: changing careers", "Goals: find a direction.\nQuestions; what would you do, in my place?",
      START, END, MEETING, List.of(ana, ben, cleo));

  @Test
  void requestSaysWhatWhenWhereAndWhoInUtc() {
    String ics = factory.request(council, 0);

    assertValidRequest(ics);
    assertThat(method(ics)).isEqualTo("REQUEST");
    assertThat(parse(ics).getProperty(Property.PRODID).map(Property::getValue))
        .contains("-//Mentra//Mentra Sessions//EN");
    assertThat(parse(ics).getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
    assertThat(uid(ics)).isEqualTo(council.uid()).matches("council-[0-9a-f-]{36}@mentra-sessions");
    assertThat(sequence(ics)).isZero();
    assertThat(start(ics)).isEqualTo(START);
    assertThat(end(ics)).isEqualTo(END);
    assertThat(ics).contains("DTSTART:20250330T003000Z\r\n", "DTEND:20250330T013000Z\r\n");
    assertThat(stamp(ics)).isEqualTo(NOW);
    assertThat(status(ics)).contains("CONFIRMED");
    assertThat(property(ics, Property.SUMMARY)).contains(council.summary());
    assertThat(property(ics, Property.DESCRIPTION)).contains(council.description());
    assertThat(property(ics, Property.LOCATION)).contains(MEETING);
    assertThat(property(ics, Property.URL)).contains(MEETING);
    assertThat(organizer(ics)).isEqualTo("sessions@mentra.example");
    assertThat(InviteAssertions.event(ics).<Property>getProperty(Property.ORGANIZER)
        .flatMap(organizer -> organizer.<Parameter>getParameter(Parameter.CN)).map(Parameter::getValue))
        .contains("Mentra Sessions");
    assertThat(attendees(ics)).containsExactly("ana@example.org", "ben@example.org", "cleo@example.org");
    assertThat(attendeeParameter(ics, "ben@example.org", "CN")).contains("Ben Okafor, PhD");
    assertThat(attendeeParameter(ics, "cleo@example.org", "CN")).contains("Cléo");
    assertThat(attendeeParameter(ics, "ana@example.org", "ROLE")).contains("REQ-PARTICIPANT");
    assertThat(attendeeParameter(ics, "ana@example.org", "PARTSTAT")).contains("NEEDS-ACTION");
  }

  @Test
  void iCalendarTextHasCrlfLinesFoldedByTheOutputter() {
    String ics = factory.request(council, 0);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
  }

  @Test
  void updateKeepsTheUidAndRaisesTheSequence() {
    SessionInvite moved = new SessionInvite(council.uid(), council.summary(), council.description(),
        START.plusSeconds(3600), END.plusSeconds(3600), MEETING, council.attendees());

    String first = factory.request(council, 0);
    String update = factory.request(moved, 1);

    assertValidRequest(update);
    assertThat(uid(update)).isEqualTo(uid(first));
    assertThat(sequence(update)).isEqualTo(sequence(first) + 1);
    assertThat(start(update)).isEqualTo(START.plusSeconds(3600));
  }

  @Test
  void uninviteCancelsForTheRemovedAttendeeOnly() {
    SessionInvite withoutBen = new SessionInvite(council.uid(), council.summary(), council.description(), START,
        END, MEETING, List.of(ana, cleo));

    String ics = factory.uninvite(withoutBen, 1, List.of(ben));

    assertValidCancel(ics);
    assertThat(method(ics)).isEqualTo("CANCEL");
    assertThat(uid(ics)).isEqualTo(council.uid());
    assertThat(sequence(ics)).isEqualTo(1);
    assertThat(attendees(ics)).containsExactly("ben@example.org");
    assertThat(status(ics)).as("the session goes on: RFC 5546 §3.2.5 has no STATUS here").isEmpty();
  }

  @Test
  void cancelCancelsTheWholeEventForEveryone() {
    String ics = factory.cancel(council, 3);

    assertValidCancel(ics);
    assertThat(uid(ics)).isEqualTo(council.uid());
    assertThat(sequence(ics)).isEqualTo(3);
    assertThat(status(ics)).contains("CANCELLED");
    assertThat(attendees(ics)).containsExactly("ana@example.org", "ben@example.org", "cleo@example.org");
  }

  @Test
  void sessionWithoutDescriptionOrMeetingUrlIsStillValid() {
    SessionInvite plain = new SessionInvite(council.uid(), "Support chat", null, START, END, null, List.of(ana));

    String ics = factory.request(plain, 0);

    assertValidRequest(ics);
    assertThat(property(ics, Property.LOCATION)).isEmpty();
    assertThat(property(ics, Property.URL)).isEmpty();
    assertThat(property(ics, Property.DESCRIPTION)).isEmpty();
  }

  @Test
  void eachRecipientGetsTheAttachmentOfTheirPart() {
    SessionInvite withoutBen = new SessionInvite(council.uid(), council.summary(), council.description(), START,
        END, MEETING, List.of(ana, cleo));
    InviteChange removal = new InviteChange(withoutBen, 1, InviteStatus.SCHEDULED, true, List.of(ana, cleo),
        List.of(ben));

    MailAttachment toAna = factory.attachmentFor(removal, ana);
    MailAttachment toBen = factory.attachmentFor(removal, ben);

    assertValidAttachment(toAna);
    assertThat(toAna.fileName()).isEqualTo("invite.ics");
    assertThat(toAna.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
    assertThat(attendees(toAna.content())).containsExactly("ana@example.org", "cleo@example.org");
    assertValidAttachment(toBen);
    assertThat(toBen.fileName()).isEqualTo("cancel.ics");
    assertThat(toBen.contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
    assertThat(attendees(toBen.content())).containsExactly("ben@example.org");
    assertThat(status(toBen.content())).isEmpty();
  }

  @Test
  void wholeCancellationGivesEveryRecipientTheCancelledEvent() {
    InviteChange cancelled = new InviteChange(council, 2, InviteStatus.CANCELLED, true, List.of(),
        council.attendees());

    MailAttachment toCleo = factory.attachmentFor(cancelled, cleo);

    assertValidAttachment(toCleo);
    assertThat(status(toCleo.content())).contains("CANCELLED");
    assertThat(attendees(toCleo.content())).hasSize(3);
  }

  @Test
  void someoneOutsideTheChangeGetsNoAttachment() {
    InviteChange change = new InviteChange(council, 0, InviteStatus.SCHEDULED, true, council.attendees(), List.of());
    InviteAttendee stranger = new InviteAttendee(null, "Stranger", "stranger@example.org");

    assertThatThrownBy(() -> factory.attachmentFor(change, stranger)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validationCatchesARequestWithoutOrganizer() {
    String broken = without(factory.request(council, 0), Property.ORGANIZER);

    assertThat(validation(broken).hasErrors()).isTrue();
    assertThat(validation(broken).toString()).contains("ORGANIZER");
    assertThatThrownBy(() -> assertValidRequest(broken)).isInstanceOf(AssertionError.class);
  }

  @Test
  void validationCatchesACancelWithoutSequence() {
    String broken = without(factory.uninvite(council, 1, List.of(ben)), Property.SEQUENCE);

    assertThat(validation(broken).toString()).contains("SEQUENCE");
    assertThatThrownBy(() -> assertValidCancel(broken)).isInstanceOf(AssertionError.class);
  }

  @Test
  void validationCatchesARequestWithoutAttendees() {
    String broken = without(factory.request(council, 0), Property.ATTENDEE);

    assertThatThrownBy(() -> assertValid(broken)).isInstanceOf(AssertionError.class).hasMessageContaining("ATTENDEE");
  }

  @Test
  void organizerMustBeAMailAddress() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    assertThatThrownBy(() -> new InviteFactory(new CalendarProperties("not an address"), clock))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("mentra.calendar.organizer");
    assertThatThrownBy(() -> new InviteFactory(new CalendarProperties(null), clock))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The invite without a property, written without validation: what a bug in the factory would produce. */
  private static String without(String ics, String property) {
    Calendar calendar = parse(ics);
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    event.removeAll(property);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | net.fortuna.ical4j.validate.ValidationException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}
