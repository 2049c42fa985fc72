package org.mentra.sessions.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentra.sessions.links.ConcernLinks;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes mail into the outbox, in the caller's transaction. Each mail has two templates,
 * {@code templates/mail/NAME.html} (its {@code <title>} is the subject) and
 * {@code templates/mail/NAME.txt}; both see {@code recipient}, {@code times} (the recipient's time
 * zone) and {@code baseUrl} besides the caller's model; a {@link SessionMail} also sees {@code concernUrl},
 * the recipient's "report a concern" link about its session.
 */
@Service
public class MailComposer {

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  private final OutboxRepository outbox;
  private final OutboxDispatcher dispatcher;
  private final Clock clock;
  private final String baseUrl;
  private final ObjectProvider<ConcernLinks> concernLinks;
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  MailComposer(OutboxRepository outbox, OutboxDispatcher dispatcher, Clock clock,
      @Value("${mentra.public-base-url}") String baseUrl, ObjectProvider<ConcernLinks> concernLinks) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.baseUrl = baseUrl;
    this.concernLinks = concernLinks;
  }

  private OutboundMessage put(MailKey key, Recipient to, String template, Map<String, Object> model,
      List<MailAttachment> attachments) {
    return outbox.findByDedupKey(key.value()).orElseGet(() -> {
      OutboundMessage message = outbox.save(
          new OutboundMessage(key, to, render(template, to, model), attachments, clock.instant()));
      dispatcher.dispatchAfterCommit();
      return message;
    });
  }

  /**
   * Puts a mail into the outbox unless one with the same key is there already; it is sent after the
   * surrounding transaction commits. Returns the mail that holds the key. The model is the template's
   * typed record ({@link TemplateModel}), so template and code cannot drift apart.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage compose(MailKey key, Recipient to, TemplateModel mail, List<MailAttachment> attachments) {
    return put(key, to, mail.template(), variables(mail, to), attachments);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage compose(MailKey key, Recipient to, TemplateModel mail) {
    return compose(key, to, mail, List.of());
  }

  /** Renders a mail without keeping it (previews, tests). */
  public RenderedMail render(TemplateModel mail, Recipient to) {
    return render(mail.template(), to, variables(mail, to));
  }

  /** The record's variables, and for a mail about a session the recipient's link to report a concern. */
  private Map<String, Object> variables(TemplateModel mail, Recipient to) {
    Map<String, Object> variables = new HashMap<>(mail.variables());
    if (mail instanceof SessionMail session && to.personId() != null) {
      ConcernLinks.of(concernLinks).url(to.personId(), session.concern())
          .ifPresent(url -> variables.put("concernUrl", url));
    }
    return variables;
  }

  private RenderedMail render(String template, Recipient to, Map<String, Object> model) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("recipient", to);
    variables.put("times", new LocalTimes(to.zone(), to.locale()));
    variables.put("baseUrl", baseUrl);
    Context context = new Context(to.locale(), variables);
    String htmlBody = html.process(template, context);
    String textBody = text.process(template, context);
    Matcher title = TITLE.matcher(htmlBody);
    if (!title.find() || title.group(1).isBlank()) {
      throw new IllegalStateException("Mail template " + template + ".html needs a <title>: it is the subject");
    }
    String subject = org.unbescape.html.HtmlEscape.unescapeHtml(title.group(1).strip().replaceAll("\\s+", " "));
    return new RenderedMail(subject, textBody.strip() + "\n", htmlBody);
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
