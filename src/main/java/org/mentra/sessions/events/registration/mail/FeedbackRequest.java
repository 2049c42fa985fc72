package org.mentra.sessions.events.registration.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** {@code mail/events/feedback-request}: thank you for coming; how was it? */
record FeedbackRequest(String title, Instant start, Instant end, String feedbackUrl) implements TemplateModel {

  @Override
  public String template() {
    return "events/feedback-request";
  }
}
