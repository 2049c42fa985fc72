package org.mentra.sessions.safety.hosts.demo;

import java.util.List;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.HostVerificationService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the community's professional host, Grace Adeyemi, is a verified host (from the day the
 * database is made), so she creates workshops of her own; her verification waits for its renewal notice.
 */
@Component
@Profile("demo")
@Order(11)
class HostVerificationDemo implements DemoPart {

  static final String GRACE = "grace.adeyemi@mentra.example";

  private final PersonRepository people;
  private final HostVerificationService hosts;

  HostVerificationDemo(PersonRepository people, HostVerificationService hosts) {
    this.people = people;
    this.hosts = hosts;
  }

  @Override
  public String description() {
    return "the verified professional host";
  }

  @Override
  public void seed() {
    people.findByEmailIgnoreCase(GRACE).filter(grace -> grace.hasRole(Role.HOST))
        .filter(grace -> !hosts.isVerified(grace.getId()))
        .ifPresent(grace -> hosts.recordVerified(grace.getId(), "Registered psychotherapist (UKCP), 12 years of "
            + "group facilitation", List.of("mindfulness", "group facilitation", "burnout"), "the demo"));
  }
}
