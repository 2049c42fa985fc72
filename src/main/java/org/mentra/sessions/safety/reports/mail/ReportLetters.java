package org.mentra.sessions.safety.reports.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of report-review, each a template pair under {@code templates/mail/safety/} with its record.
 * What goes to the reported person never carries the reporter: the caller passes only what may be shown
 * (the decision, the moderator's reason with the reporter's name and address taken out, the session).
 */
@Component
public class ReportLetters {

  private final MailComposer mail;

  ReportLetters(MailComposer mail) {
    this.mail = mail;
  }

  record ReportReceived(String category, String about, boolean urgent, String responseTarget,
      List<CrisisResource> resources) implements TemplateModel {
    @Override
    public String template() {
      return "safety/report-received";
    }
  }

  record ReportOutcome(String category, boolean actionTaken) implements TemplateModel {
    @Override
    public String template() {
      return "safety/report-outcome";
    }
  }

  record Decision(String about, String decision, String effect, String reason, Instant appealUntil,
      String appealUrl) implements TemplateModel {
    @Override
    public String template() {
      return "safety/decision";
    }
  }

  record AppealOutcome(String decision, boolean upheld, String undone, String reason) implements TemplateModel {
    @Override
    public String template() {
      return "safety/appeal-outcome";
    }
  }

  record UrgentEscalation(UUID reportId, String category, String about, String text, Instant reportedAt,
      String waited, String target, boolean again, String tasklistUrl) implements TemplateModel {
    @Override
    public String template() {
      return "safety/urgent-escalation";
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void received(MailStep step, Recipient reporter, String category, String about, boolean urgent,
      String responseTarget, List<CrisisResource> resources) {
    mail.compose(step.key(reporter, "report-received"), reporter,
        new ReportReceived(category, about, urgent, responseTarget, resources));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void outcome(MailStep step, Recipient reporter, String category, boolean actionTaken) {
    mail.compose(step.key(reporter, "report-outcome"), reporter, new ReportOutcome(category, actionTaken));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void decision(MailStep step, Recipient reported, String about, String decision, String effect,
      String reason, Instant appealUntil, String appealUrl) {
    mail.compose(step.key(reported, "moderation-decision"), reported,
        new Decision(about, decision, effect, reason, appealUntil, appealUrl));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void appealOutcome(MailStep step, Recipient reported, String decision, boolean upheld, String undone,
      String reason) {
    mail.compose(step.key(reported, "appeal-outcome"), reported, new AppealOutcome(decision, upheld, undone, reason));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void escalation(MailStep step, Recipient onCall, String round, UUID reportId, String category, String about,
      String text, Instant reportedAt, String waited, String target, boolean again, String tasklistUrl) {
    mail.compose(step.key(onCall, "urgent-escalation#" + round), onCall, new UrgentEscalation(reportId, category,
        about, text, reportedAt, waited, target, again, tasklistUrl));
  }
}
