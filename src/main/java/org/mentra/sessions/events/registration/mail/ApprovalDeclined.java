package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/approval-declined}: the coordinators could not give them a place this time, said kindly. */
record ApprovalDeclined(String title, Instant start, Instant end, String note) implements TemplateModel {

  @Override
  public String template() {
    return "events/approval-declined";
  }
}
