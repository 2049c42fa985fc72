package org.mentra.sessions.safety.concern.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportFiled;
import org.mentra.sessions.safety.ReportRequest;
import org.mentra.sessions.safety.ReportService;
import org.mentra.sessions.safety.SafetyProperties;
import org.mentra.sessions.safety.concern.ConcernLinkIssuer;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * "Report a concern", from a session mail or a link page: GET shows the form (what it is about in plain
 * words, what happened, whether it is urgent) and changes nothing; POST files the report for the person the
 * link belongs to, about its session, and answers with the acknowledgement (crisis lines for an urgent concern).
 * Works without JavaScript. Single use, so a double click files one report.
 */
@Component
class ConcernLinkHandler implements OneClickHandler {

  static final String CATEGORY = "category";
  static final String TEXT = "text";
  static final String URGENT = "urgent";

  private final ReportService reports;
  private final PersonRepository people;
  private final CheckIns checkIns;
  private final SafetyProperties properties;

  ConcernLinkHandler(ReportService reports, PersonRepository people, CheckIns checkIns, SafetyProperties properties) {
    this.reports = reports;
    this.people = people;
    this.checkIns = checkIns;
    this.properties = properties;
  }

  /** One choice of what a concern is about, in the reporter's words. */
  record Category(String value, String label) {}

  /** {@code pages/safety-concern}: the form. */
  record ConcernPage(String title, String firstName, String about, List<Category> categories, String categoryField,
      String textField, String urgentField, int maxLength) implements TemplateModel {
    @Override
    public String template() {
      return "pages/safety-concern";
    }
  }

  /** {@code pages/safety-concern-filed}: thanks, when a moderator answers, and crisis lines for an urgent concern. */
  record FiledPage(String title, String about, boolean urgent, String responseTarget, List<CrisisResource> resources)
      implements TemplateModel {
    @Override
    public String template() {
      return "pages/safety-concern-filed";
    }
  }

  @Override
  public String purpose() {
    return ConcernLinkIssuer.PURPOSE;
  }

  @Override
  public LinkPage show(LinkToken token) {
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    List<Category> categories = Arrays.stream(ReportCategory.values())
        .map(c -> new Category(c.name(), label(c))).toList();
    return LinkPage.of(new ConcernPage("Report a concern", person.getDisplayName().split("\\s+")[0],
        about(ConcernLinkIssuer.contextOf(token)), categories, CATEGORY, TEXT, URGENT, ReportService.MAX_TEXT_LENGTH));
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    ConcernContext about = ConcernLinkIssuer.contextOf(token);
    ReportCategory category = category(form.getFirst(CATEGORY));
    String text = form.getFirst(TEXT);
    if (text == null || text.isBlank()) {
      throw LinkRejected.invalidAnswer("Please say what happened, in your own words.");
    }
    if (text.strip().length() > ReportService.MAX_TEXT_LENGTH) {
      throw LinkRejected.invalidAnswer("Please keep it under " + ReportService.MAX_TEXT_LENGTH + " characters.");
    }
    boolean urgent = form.containsKey(URGENT);
    boolean event = about.kind() == ConcernContext.Kind.EVENT;
    ReportFiled filed = reports.fileByLink(new ReportRequest(token.personId(), null, event ? about.id() : null,
        event ? null : about.id(), category, text, urgent));
    return LinkPage.of(new FiledPage(filed.urgent() ? "We have your report, and we are on it now" : "We have your report",
        about(about), filed.urgent(), DurationWords.exactly(filed.urgent() ? properties.urgentResponse()
            : properties.reviewTarget()), filed.crisisResources()));
  }

  private static ReportCategory category(String value) {
    try {
      return ReportCategory.valueOf(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.invalidAnswer("Please choose what the concern is about.");
    }
  }

  /** The session in words: 'the support chat "Evening support chats"'. */
  private String about(ConcernContext about) {
    SessionKind kind = SessionKind.valueOf(about.kind().name());
    Optional<String> title = checkIns.title(kind, about.id());
    return title.map(t -> "the " + kind.words() + " \"" + t + "\"").orElse(kind.withArticle());
  }

  /** What the reporter picks from: plain words, never the API's codes. */
  static String label(ReportCategory category) {
    return switch (category) {
      case HARASSMENT -> "Harassment: unwanted messages, insults or pressure";
      case SELF_HARM_RISK -> "Someone may harm themselves";
      case THREAT -> "A threat to someone's safety";
      case SPAM -> "Spam or advertising";
      case INAPPROPRIATE -> "Inappropriate behaviour";
      case OTHER -> "Something else";
    };
  }
}
