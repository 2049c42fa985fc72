package org.mentra.sessions.calendar;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.mentra.sessions.mail.MailAttachment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the iTIP messages (RFC 5545 / RFC 5546) of a session: a REQUEST to everyone invited, a
 * CANCEL to an attendee who was removed, a CANCEL to everyone when the session is cancelled. Times
 * are in UTC, so no VTIMEZONE is needed; DTSTAMP is the time the message is written. iCal4j
 * validates each message against the rules of its METHOD while writing it.
 */
@Component
@EnableConfigurationProperties(CalendarProperties.class)
public class InviteFactory {

  private static final String PRODUCT_ID = "-//Mentra//Mentra Sessions//EN";
  private static final String CONTENT_TYPE = "text/calendar; method=%s; charset=UTF-8";

  private final InternetAddress organizer;
  private final Clock clock;

  public InviteFactory(CalendarProperties properties, Clock clock) {
    this.organizer = organizerAddress(properties.organizer());
    this.clock = clock;
  }

  /** The invite, or its update, for everyone invited. */
  public String request(SessionInvite invite, int sequence) {
    return write(ImmutableMethod.REQUEST, event(invite, sequence, invite.attendees(), ImmutableStatus.VEVENT_CONFIRMED));
  }

  /** Tells the removed attendees they are no longer invited; the session goes on (so no STATUS). */
  public String uninvite(SessionInvite invite, int sequence, List<InviteAttendee> removed) {
    return write(ImmutableMethod.CANCEL, event(invite, sequence, removed, null));
  }

  /** Cancels the whole session for everyone still invited. */
  public String cancel(SessionInvite invite, int sequence) {
    return write(ImmutableMethod.CANCEL, event(invite, sequence, invite.attendees(), ImmutableStatus.VEVENT_CANCELLED));
  }

  /** The invite one recipient of a change gets: {@code invite.ics} (REQUEST) or {@code cancel.ics} (CANCEL). */
  public MailAttachment attachmentFor(InviteChange change, InviteAttendee recipient) {
    if (change.requests().stream().anyMatch(recipient::sameAddressAs)) {
      return attachment("invite.ics", ImmutableMethod.REQUEST, request(change.invite(), change.sequence()));
    }
    InviteAttendee removed = change.cancellations().stream().filter(recipient::sameAddressAs).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(recipient.email() + " gets nothing from the change of "
            + change.uid() + " at sequence " + change.sequence()));
    String ics = change.cancelled()
        ? cancel(change.invite(), change.sequence())
        : uninvite(change.invite(), change.sequence(), List.of(removed));
    return attachment("cancel.ics", ImmutableMethod.CANCEL, ics);
  }

  private VEvent event(SessionInvite invite, int sequence, List<InviteAttendee> attendees, Status status) {
    VEvent event = new VEvent(false); // false: no DTSTAMP from the wall clock; ours comes from the clock
    event.add(new Uid(invite.uid()));
    event.add(new Sequence(sequence));
    event.add(new DtStamp(clock.instant()));
    event.add(new DtStart<>(invite.start()));
    event.add(new DtEnd<>(invite.end()));
    event.add(new Summary(invite.summary()));
    if (invite.description() != null) {
      event.add(new Description(invite.description()));
    }
    if (invite.meetingUrl() != null) {
      event.add(new Location(invite.meetingUrl()));
      event.add(new Url(URI.create(invite.meetingUrl())));
    }
    event.add(organizer());
    attendees.forEach(attendee -> event.add(attendee(attendee)));
    if (status != null) {
      event.add(status);
    }
    return event;
  }

  private Organizer organizer() {
    Organizer property = new Organizer(mailto(organizer.getAddress()));
    withName(property, organizer.getPersonal());
    return property;
  }

  private static Attendee attendee(InviteAttendee attendee) {
    Attendee property = new Attendee(mailto(attendee.email()));
    withName(property, attendee.name());
    property.add(Role.REQ_PARTICIPANT);
    property.add(PartStat.NEEDS_ACTION);
    return property;
  }

  private static void withName(Property property, String name) {
    if (name != null && !name.isBlank()) {
      property.add(new Cn(name));
    }
  }

  private static String write(Method method, VEvent event) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    calendar.add(event);
    StringWriter ics = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, ics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Invalid " + method.getValue() + " for "
          + event.<Property>getProperty(Property.UID).map(Property::getValue).orElse("?") + ": " + e.getMessage(), e);
    }
    return ics.toString();
  }

  private static MailAttachment attachment(String fileName, Method method, String ics) {
    return new MailAttachment(fileName, CONTENT_TYPE.formatted(method.getValue()), ics);
  }

  private static URI mailto(String address) {
    try {
      return new URI("mailto", address, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a mail address: " + address, e);
    }
  }

  private static InternetAddress organizerAddress(String value) {
    String expected = "mentra.calendar.organizer must be a mail address like "
        + "\"Mentra Sessions <sessions@mentra.example>\", was " + value;
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(expected);
    }
    try {
      return new InternetAddress(value, true);
    } catch (AddressException e) {
      throw new IllegalStateException(expected, e);
    }
  }
}
