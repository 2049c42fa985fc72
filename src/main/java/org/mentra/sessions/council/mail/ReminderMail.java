package org.mentra.sessions.council.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/**
 * council/reminder-first, reminder-second and reminder-final: the request again, with the time left;
 * the three templates read the same variables, so one record serves them and the reminder picks the template.
 */
record ReminderMail(Reminder reminder, CouncilSession council, String menteeName, boolean lead, List<SlotLink> slots,
    String noneUrl, Instant deadline, String timeLeft, String calendarProblem) implements TemplateModel {

  @Override
  public String template() {
    return "council/" + reminder.template();
  }
}
