package org.mentra.sessions.mail;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.mentra.sessions.people.Person;

/** Who a mail goes to, and the time zone and language it is written in for them. */
public record Recipient(UUID personId, String name, String email, ZoneId zone, Locale locale) {

  public static Recipient of(Person person) {
    return new Recipient(person.getId(), person.getDisplayName(), person.getEmail(), person.zone(), person.locale());
  }

  /** A recipient without a profile, such as a coordinator's mailbox. */
  public static Recipient mailbox(String name, String email, ZoneId zone) {
    return new Recipient(null, name, email, zone, Locale.ENGLISH);
  }

  /** How the recipient appears in a mail key: the person's id, else the address. */
  String key() {
    return personId != null ? personId.toString() : email.toLowerCase(Locale.ROOT);
  }

  public String firstName() {
    int space = name == null ? -1 : name.indexOf(' ');
    return name == null ? "" : space > 0 ? name.substring(0, space) : name;
  }
}
