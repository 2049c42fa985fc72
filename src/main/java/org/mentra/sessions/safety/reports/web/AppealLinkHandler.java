package org.mentra.sessions.safety.reports.web;

import java.util.UUID;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ModerationService.AppealCase;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * "Appeal this decision": the link in a moderation decision's mail. GET shows the decision and its reason
 * (never the reporter) with a text field; POST files the one appeal.
 */
@Component
class AppealLinkHandler implements OneClickHandler {

  static final String FIELD = "appeal";

  private final ModerationService moderation;
  private final PersonRepository people;

  AppealLinkHandler(ModerationService moderation, PersonRepository people) {
    this.moderation = moderation;
    this.people = people;
  }

  /** {@code pages/safety-appeal}: the decision as the person it affects reads it, and the field. */
  record AppealPage(String title, String firstName, String about, String decision, String effect, String reason,
      String appealUntil, String field, int maxLength) implements TemplateModel {
    @Override
    public String template() {
      return "pages/safety-appeal";
    }
  }

  @Override
  public String purpose() {
    return ModerationService.APPEAL_LINK;
  }

  @Override
  public LinkPage show(LinkToken token) {
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    AppealCase appeal = moderation.appealCase(reportId(token), person.getId());
    LocalTimes times = new LocalTimes(person.zone(), person.locale());
    return LinkPage.of(new AppealPage("Appeal a decision", person.getDisplayName().split("\\s+")[0], appeal.about(),
        appeal.decision(), appeal.effect(), appeal.reason(), times.dateTime(appeal.appealUntil()), FIELD,
        org.mentra.sessions.safety.ReportService.MAX_TEXT_LENGTH));
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    String text = form.getFirst(FIELD);
    if (text == null || text.isBlank()) {
      throw LinkRejected.invalidAnswer("Your appeal was empty: please say why you think the decision is wrong.");
    }
    moderation.appeal(reportId(token), token.personId(), text);
    return LinkPage.done("We have your appeal",
        "A second moderator, who was not involved in the decision, will look at it and write to you by email.");
  }

  private static UUID reportId(LinkToken token) {
    try {
      return UUID.fromString(token.subject());
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
  }
}
