package org.mentra.sessions.links;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.retry.RetryOnConflict;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/** Shows and applies one-click links through the handler registered for their purpose. */
@Service
@RetryOnConflict
public class LinkService {

  private final OneClickLinks links;
  private final LinkRedemptionRepository redemptions;
  private final Map<String, OneClickHandler> handlers;
  private final ObjectProvider<ConcernLinks> concernLinks;
  private final Clock clock;

  LinkService(OneClickLinks links, LinkRedemptionRepository redemptions, List<OneClickHandler> handlers,
      ObjectProvider<ConcernLinks> concernLinks, Clock clock) {
    this.links = links;
    this.redemptions = redemptions;
    this.handlers = handlers.stream().collect(Collectors.toMap(OneClickHandler::purpose, Function.identity()));
    this.concernLinks = concernLinks;
    this.clock = clock;
  }

  /** The page for a GET: verifies, changes nothing. */
  @Transactional(readOnly = true)
  public LinkPage show(String rawToken) {
    LinkToken token = links.verify(rawToken);
    OneClickHandler handler = handlerFor(token);
    if (handler.singleUse() && redemptions.existsById(token.nonce())) {
      throw LinkRejected.alreadyUsed();
    }
    return handler.show(token);
  }

  /** Applies the link once; a second POST of a single-use link (a double click) is refused. */
  @Transactional
  public LinkPage apply(String rawToken, MultiValueMap<String, String> form) {
    LinkToken token = links.verify(rawToken);
    OneClickHandler handler = handlerFor(token);
    refuseUnstorable(form);
    if (handler.singleUse()) {
      if (redemptions.existsById(token.nonce())) {
        throw LinkRejected.alreadyUsed();
      }
      try {
        // Flushed now: a concurrent second click waits here and then fails on the primary key.
        redemptions.saveAndFlush(new LinkRedemption(token, clock.instant()));
      } catch (DataIntegrityViolationException e) {
        throw LinkRejected.alreadyUsed();
      }
    }
    return handler.apply(token, form);
  }

  /**
   * The "report a concern" link for the page of this link: the same person, about the session the link
   * belongs to. Empty when the link does not verify (a tampered one names nobody we could trust) or is
   * about no session.
   */
  public Optional<String> concernUrl(String rawToken) {
    LinkToken token;
    try {
      token = links.verify(rawToken);
    } catch (LinkRejected unusable) {
      return Optional.empty();
    }
    OneClickHandler handler = handlers.get(token.purpose());
    if (handler == null) {
      return Optional.empty();
    }
    Optional<ConcernContext> about;
    try {
      about = handler.concern(token);
    } catch (LinkRejected | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    return about.flatMap(session -> ConcernLinks.of(concernLinks).url(token.personId(), session));
  }

  /** No field can take a NUL, and PostgreSQL keeps none in text (the write would fail): refused before any. */
  private static void refuseUnstorable(MultiValueMap<String, String> form) {
    if (form.values().stream().flatMap(List::stream).anyMatch(value -> value != null && value.indexOf('\u0000') >= 0)) {
      throw LinkRejected.invalidAnswer("Your answer contains a character we cannot keep (a NUL character).");
    }
  }

  private OneClickHandler handlerFor(LinkToken token) {
    OneClickHandler handler = handlers.get(token.purpose());
    if (handler == null) {
      throw LinkRejected.tampered();
    }
    return handler;
  }
}
