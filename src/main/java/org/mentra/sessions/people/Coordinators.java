package org.mentra.sessions.people;

import org.mentra.sessions.security.GroupAuthorities;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The coordinators as mail recipients: the engine users of group {@code coordinators} that have an
 * email address, written to in the coordinators' time zone.
 */
@Component
public class Coordinators {

  public static final String GROUP = GroupAuthorities.COORDINATORS_GROUP;

  private final IdentityService identity;
  private final ZoneId zone;

  Coordinators(IdentityService identity, @Value("${mentra.coordinators.time-zone:UTC}") String zone) {
    this.identity = identity;
    this.zone = ZoneId.of(zone);
  }

  /** The zone coordinators read times in: their mails, forms and pages. */
  public ZoneId zone() {
    return zone;
  }

  /** Name, address and zone of each coordinator with an email address. */
  public List<Contact> contacts() {
    return identity.createUserQuery().memberOfGroup(GROUP).orderByUserId().asc().list().stream()
        .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .map(u -> new Contact(name(u), u.getEmail(), zone))
        .toList();
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  /** A coordinator's mailbox. */
  public record Contact(String name, String email, ZoneId zone) {}
}
