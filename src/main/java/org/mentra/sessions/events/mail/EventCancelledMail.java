package org.mentra.sessions.events.mail;

import org.mentra.sessions.shared.TemplateModel;

/** The kind word to someone confirmed for a group event that is cancelled, with the CANCEL for their calendar. */
public record EventCancelledMail(EventMailView event) implements TemplateModel {

  @Override
  public String template() {
    return "events/event-cancelled";
  }
}
