package org.mentra.sessions.events.mail;

import org.mentra.sessions.shared.TemplateModel;

/**
 * The mail to someone confirmed for a group event that changed, with its updated invite.
 *
 * @param timeChanged whether it moved (said first, it matters most)
 * @param stillInvited false for someone no longer confirmed: their attachment is the CANCEL
 */
public record EventChangedMail(EventMailView event, boolean timeChanged, boolean stillInvited) implements TemplateModel {

  @Override
  public String template() {
    return "events/event-changed";
  }
}
