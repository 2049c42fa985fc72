package org.mentra.sessions.links;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Report a concern": the link in every session mail and on the one-click pages, issued by the feature
 * that takes reports (safety implements it). Without one, mails and pages simply have no such link.
 */
public interface ConcernLinks {

  /** Issues no links: the application without a feature that takes reports. */
  ConcernLinks NONE = (personId, about) -> Optional.empty();

  /** The person's own link to report a concern about the session, if reports are taken. */
  Optional<String> url(UUID personId, ConcernContext about);

  /** The implementation in the context, else {@link #NONE}. */
  static ConcernLinks of(ObjectProvider<ConcernLinks> provider) {
    return provider.getIfAvailable(() -> NONE);
  }
}
