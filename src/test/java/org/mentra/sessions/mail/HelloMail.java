package org.mentra.sessions.mail;

import java.time.Instant;
import org.mentra.sessions.shared.TemplateModel;

/** The test template {@code templates/mail/test/hello} and its variables. */
public record HelloMail(Instant start, Instant end, String link) implements TemplateModel {

  /** Tuesday, 2 June 2026, 14:00–15:00 UTC, with a link to example.org. */
  public static HelloMail sample() {
    return linking("https://example.org/r/abc");
  }

  /** The same mail with another link. */
  public static HelloMail linking(String link) {
    return new HelloMail(Instant.parse("2026-06-02T14:00:00Z"), Instant.parse("2026-06-02T15:00:00Z"), link);
  }

  @Override
  public String template() {
    return "test/hello";
  }
}
