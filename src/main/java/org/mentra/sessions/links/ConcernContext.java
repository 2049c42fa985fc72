package org.mentra.sessions.links;

import java.util.Objects;
import java.util.UUID;

/**
 * What a "report a concern" link is about: the event, council session or support chat the mail or page
 * belongs to. The kernel's own words for it, so mails and link pages can carry the link without knowing
 * the feature that files the report.
 */
public record ConcernContext(Kind kind, UUID id) {

  /** The kinds of session a person meets others in. */
  public enum Kind {
    EVENT,
    COUNCIL,
    CHAT
  }

  public ConcernContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static ConcernContext event(UUID eventId) {
    return new ConcernContext(Kind.EVENT, eventId);
  }

  public static ConcernContext council(UUID councilId) {
    return new ConcernContext(Kind.COUNCIL, councilId);
  }

  public static ConcernContext chat(UUID chatId) {
    return new ConcernContext(Kind.CHAT, chatId);
  }
}
