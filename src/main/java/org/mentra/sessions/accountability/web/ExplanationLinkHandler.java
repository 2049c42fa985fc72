package org.mentra.sessions.accountability.web;

import org.mentra.sessions.accountability.NoShowCase;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.SessionNames;
import org.mentra.sessions.accountability.StrikeService;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.shared.NotFound;

/**
 * "Tell us what happened": the link in every strike mail. GET shows a page with a text field and
 * changes nothing; POST keeps the explanation and hands it to a coordinator through the case.
 */
@Component
class ExplanationLinkHandler implements OneClickHandler {

  static final String PURPOSE = NoShowCase.EXPLANATION_LINK;
  static final String FIELD = "explanation";
  static final int MAX_LENGTH = 2000;

  private final StrikeService strikes;
  private final StrikeRepository strikeRepository;
  private final PersonRepository people;
  private final SessionNames sessionNames;

  ExplanationLinkHandler(StrikeService strikes, StrikeRepository strikeRepository, PersonRepository people,
      SessionNames sessionNames) {
    this.strikes = strikes;
    this.strikeRepository = strikeRepository;
    this.people = people;
    this.sessionNames = sessionNames;
  }

  @Override
  public String purpose() {
    return PURPOSE;
  }

  /** The session the person missed. */
  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return strikeRepository.findById(UUID.fromString(token.subject()))
        .map(strike -> new ConcernContext(ConcernContext.Kind.valueOf(strike.getSessionKind().name()),
            strike.getSessionId()));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Strike strike = strikeFor(token);
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    LocalTimes times = new LocalTimes(person.zone(), person.locale());
    return LinkPage.of(new ExplanationPage("Tell us what happened", Recipient.of(person).firstName(),
        sessionNames.name(strike), times.dateTime(strike.getMissedAt()), times.dateTime(strike.getExplainBy()), FIELD,
        MAX_LENGTH));
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Strike strike = strikeFor(token);
    String text = form.getFirst(FIELD) == null ? "" : form.getFirst(FIELD).strip();
    if (text.isEmpty()) {
      throw LinkRejected.invalidAnswer("Your note was empty: please write what happened in your own words.");
    }
    if (text.length() > MAX_LENGTH) {
      throw LinkRejected.invalidAnswer("Please keep your note under " + MAX_LENGTH + " characters.");
    }
    strikes.explain(strike.getId(), token.personId(), text);
    return LinkPage.done("Thank you for telling us",
        "A coordinator will read your note and write back to you by email. You don't need to do anything else.");
  }

  private Strike strikeFor(LinkToken token) {
    Strike strike;
    try {
      strike = strikeRepository.getOrFail(UUID.fromString(token.subject()));
    } catch (IllegalArgumentException | NotFound e) {
      throw LinkRejected.tampered();
    }
    if (!strike.getPersonId().equals(token.personId())) {
      throw LinkRejected.notForYou();
    }
    if (strike.isExplained()) {
      throw LinkRejected.notPossible("We have your note already",
          "Thank you, we already have your explanation, and a coordinator will get back to you by email.");
    }
    if (!strikes.canStillExplain(strike)) {
      throw LinkRejected.tooLate("This missed session has already been looked at, or the time to explain it has "
          + "passed. If there is something you'd still like us to know, reply to the email and a coordinator will "
          + "read it.");
    }
    return strike;
  }
}
