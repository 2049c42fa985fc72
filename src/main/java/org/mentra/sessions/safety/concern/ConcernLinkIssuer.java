package org.mentra.sessions.safety.concern;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.ConcernLinks;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.safety.SafetyProperties;
import org.springframework.stereotype.Component;

/**
 * The "report a concern" links of the session mails and link pages: a one-click link for the person and the
 * session ({@code EVENT:<id>}), valid for {@code mentra.safety.concern-link-validity}, that opens the report page.
 */
@Component
public class ConcernLinkIssuer implements ConcernLinks {

  public static final String PURPOSE = "safety.concern";

  private final OneClickLinks links;
  private final SafetyProperties properties;
  private final Clock clock;

  ConcernLinkIssuer(OneClickLinks links, SafetyProperties properties, Clock clock) {
    this.links = links;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public Optional<String> url(UUID personId, ConcernContext about) {
    return Optional.of(links.url(PURPOSE, personId, about.kind() + ":" + about.id(), null,
        clock.instant().plus(properties.concernLinkValidity())));
  }

  /** The session a concern link is about; a subject we did not write is a tampered link. */
  public static ConcernContext contextOf(LinkToken token) {
    String[] parts = token.subject().split(":", 2);
    try {
      return new ConcernContext(ConcernContext.Kind.valueOf(parts[0]), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw LinkRejected.tampered();
    }
  }
}
