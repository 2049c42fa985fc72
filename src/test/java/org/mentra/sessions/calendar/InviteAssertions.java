package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.mentra.sessions.mail.MailAttachment;

/**
 * Checks for the invites we send, for every feature's tests: parse an invite back with iCal4j,
 * validate it (RFC 5545 and the RFC 5546 rules of its METHOD) and read what it says.
 *
 * <pre>{@code
 * assertValidRequest(attachment.content());
 * assertThat(uid(attachment.content())).isEqualTo(SessionInvite.uidOf("council", councilId));
 * }</pre>
 */
public final class InviteAssertions {

  private InviteAssertions() {}

  public static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException | ParserException e) {
      throw new AssertionError("Not an iCalendar object: " + e.getMessage() + "\n" + ics, e);
    }
  }

  /**
   * iCal4j's validation of the whole calendar; with a METHOD present it includes the iTIP rules of
   * that method for each component (e.g. a REQUEST's VEVENT needs an ORGANIZER and an ATTENDEE).
   */
  public static ValidationResult validation(String ics) {
    try {
      return parse(ics).validate();
    } catch (ValidationException e) {
      throw new AssertionError("Validation failed: " + e.getMessage() + "\n" + ics, e);
    }
  }

  /** Valid iCalendar with nothing to report, not even a warning. */
  public static void assertValid(String ics) {
    assertThat(validation(ics).getEntries()).as("iCal4j validation of%n%s", ics).isEmpty();
  }

  /** A valid REQUEST of one confirmed event, in UTC, to at least one attendee. */
  public static void assertValidRequest(String ics) {
    assertValid(ics);
    assertThat(method(ics)).as("METHOD").isEqualTo("REQUEST");
    assertThat(status(ics)).as("STATUS").contains("CONFIRMED");
    assertOneEventInUtcForAttendees(ics);
  }

  /** A valid CANCEL, of the whole event (STATUS:CANCELLED) or of the attendees it lists (no STATUS). */
  public static void assertValidCancel(String ics) {
    assertValid(ics);
    assertThat(method(ics)).as("METHOD").isEqualTo("CANCEL");
    status(ics).ifPresent(status -> assertThat(status).as("STATUS").isEqualTo("CANCELLED"));
    assertOneEventInUtcForAttendees(ics);
  }

  /** A valid invite whose file name and content type match its METHOD. */
  public static void assertValidAttachment(MailAttachment attachment) {
    String method = method(attachment.content());
    assertThat(attachment.contentType()).isEqualTo("text/calendar; method=" + method + "; charset=UTF-8");
    if (method.equals("REQUEST")) {
      assertThat(attachment.fileName()).isEqualTo("invite.ics");
      assertValidRequest(attachment.content());
    } else {
      assertThat(attachment.fileName()).isEqualTo("cancel.ics");
      assertValidCancel(attachment.content());
    }
  }

  public static VEvent event(String ics) {
    List<VEvent> events = parse(ics).getComponents(Component.VEVENT);
    assertThat(events).as("VEVENTs").hasSize(1);
    return events.get(0);
  }

  public static String method(String ics) {
    return parse(ics).getProperty(Property.METHOD).map(Property::getValue).orElse(null);
  }

  public static String uid(String ics) {
    return property(ics, Property.UID).orElse(null);
  }

  public static int sequence(String ics) {
    return Integer.parseInt(property(ics, Property.SEQUENCE).orElse("0"));
  }

  public static Optional<String> status(String ics) {
    return property(ics, Property.STATUS);
  }

  public static Instant start(String ics) {
    return instant(ics, Property.DTSTART);
  }

  public static Instant end(String ics) {
    return instant(ics, Property.DTEND);
  }

  public static Instant stamp(String ics) {
    return instant(ics, Property.DTSTAMP);
  }

  /** The ORGANIZER's address, without {@code mailto:}. */
  public static String organizer(String ics) {
    return event(ics).<Organizer>getProperty(Property.ORGANIZER)
        .map(organizer -> organizer.getCalAddress().getSchemeSpecificPart())
        .orElse(null);
  }

  /** The ATTENDEEs' addresses, without {@code mailto:}, in the order listed. */
  public static List<String> attendees(String ics) {
    return event(ics).<Attendee>getProperties(Property.ATTENDEE).stream()
        .map(attendee -> attendee.getCalAddress().getSchemeSpecificPart())
        .toList();
  }

  /** A parameter of the ATTENDEE with the address, e.g. {@code attendeeParameter(ics, email, "CN")}. */
  public static Optional<String> attendeeParameter(String ics, String email, String parameter) {
    return event(ics).<Attendee>getProperties(Property.ATTENDEE).stream()
        .filter(attendee -> attendee.getCalAddress().getSchemeSpecificPart().equals(email))
        .findFirst()
        .flatMap(attendee -> attendee.<Parameter>getParameter(parameter))
        .map(Parameter::getValue);
  }

  /** A property of the event as text, e.g. {@code property(ics, "LOCATION")}. */
  public static Optional<String> property(String ics, String name) {
    return event(ics).<Property>getProperty(name).map(Property::getValue);
  }

  private static Instant instant(String ics, String name) {
    DateProperty<? extends Temporal> date = event(ics).<DateProperty<? extends Temporal>>getProperty(name)
        .orElseThrow(() -> new AssertionError(name + " is missing\n" + ics));
    return Instant.from(date.getDate());
  }

  private static void assertOneEventInUtcForAttendees(String ics) {
    VEvent event = event(ics);
    for (String name : List.of(Property.DTSTART, Property.DTEND, Property.DTSTAMP)) {
      assertThat(event.<DateProperty<?>>getProperty(name).map(DateProperty::isUtc))
          .as("%s in UTC", name)
          .contains(true);
    }
    assertThat(parse(ics).getComponents(Component.VTIMEZONE)).as("VTIMEZONE (times are UTC)").isEmpty();
    assertThat(attendees(ics)).as("ATTENDEEs").isNotEmpty();
  }
}
