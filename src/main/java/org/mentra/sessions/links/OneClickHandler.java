package org.mentra.sessions.links;

import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * What one purpose of link does (answer availability, drop out, explain a no-show, …). A feature
 * registers one bean per purpose; the link controller finds it by {@link #purpose()}.
 */
public interface OneClickHandler {

  /** The purpose written into the token, e.g. {@code council.availability}. */
  String purpose();

  /** Whether a link of this purpose works only once (the default); answers that may be changed say false. */
  default boolean singleUse() {
    return true;
  }

  /** The page for GET: the choice pre-selected and one confirm button. Must change nothing. */
  LinkPage show(LinkToken token);

  /** Applies the confirmed choice (POST), in one transaction with the link's redemption. */
  LinkPage apply(LinkToken token, MultiValueMap<String, String> form);

  /**
   * The session the link belongs to, so its pages offer "report a concern" about it ({@link ConcernLinks});
   * empty (the default) for links that are about no session.
   */
  default Optional<ConcernContext> concern(LinkToken token) {
    return Optional.empty();
  }
}
