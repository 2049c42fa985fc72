package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.OutboundMessage;

/**
 * The "report a concern" link of a session mail (the shared part {@code mail/parts/concern}): in the text and
 * the HTML, the recipient's own, about the mail's session.
 */
public final class ConcernLinkAssertions {

  private static final Pattern LINK = Pattern.compile("Report a concern: (https?://\\S+/r/([A-Za-z0-9_\\-.]+))");

  private ConcernLinkAssertions() {}

  /** Asserts the mail offers the link for its recipient about the session; returns the link's path (/r/…). */
  public static String assertConcernLink(OutboundMessage mail, OneClickLinks links, ConcernContext about) {
    Matcher link = LINK.matcher(mail.getTextBody());
    assertThat(link.find()).as("a report-a-concern link in the text of \"%s\"", mail.getSubject()).isTrue();
    assertThat(mail.getHtmlBody()).as("the same link in the HTML of \"%s\"", mail.getSubject())
        .contains("href=\"" + link.group(1) + "\">Report a concern</a>");
    LinkToken token = links.verify(link.group(2));
    assertThat(token.purpose()).isEqualTo("safety.concern");
    assertThat(token.personId()).as("the recipient's own link").isEqualTo(mail.getRecipientPersonId().orElseThrow());
    assertThat(token.subject()).as("about the mail's session").isEqualTo(about.kind() + ":" + about.id());
    return "/r/" + link.group(2);
  }
}
