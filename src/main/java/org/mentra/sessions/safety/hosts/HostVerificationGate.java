package org.mentra.sessions.safety.hosts;

import java.util.Map;
import org.mentra.sessions.events.EventType;
import org.mentra.sessions.events.HostEligibility;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;

/** Only verified hosts create or change professional events of their own (403 {@code host-not-verified}). */
@Component
class HostVerificationGate implements HostEligibility {

  static final String APPLY_PATH = "/api/v1/hosts/applications";

  private final HostVerificationService hosts;

  HostVerificationGate(HostVerificationService hosts) {
    this.hosts = hosts;
  }

  @Override
  public void ensureMayHost(Person host, EventType type) {
    if (!hosts.isVerified(host.getId())) {
      throw new Refused("host-not-verified", "Host verification required",
          "Hosting a " + type.words() + " needs a verified host, and " + host.getDisplayName() + " is not verified "
              + "(or the verification has run out). Apply with POST " + APPLY_PATH + " {personId, credentials, "
              + "expertise, references}: the coordinators check credentials, background, activity, expertise and "
              + "safety training, and write when it is decided.",
          Map.of("applyAt", APPLY_PATH));
    }
  }
}
