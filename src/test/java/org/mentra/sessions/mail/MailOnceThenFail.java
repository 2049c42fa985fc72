package org.mentra.sessions.mail;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * A test step for {@link MailStepRetryTest}, top-level so the application's component scan finds it
 * (classes nested in tests are left out of the context).
 */
@Component("mailOnceThenFail")
class MailOnceThenFail implements JavaDelegate {

  private final MailComposer mail;
  private final PersonRepository people;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  MailOnceThenFail(MailComposer mail, PersonRepository people) {
    this.mail = mail;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Recipient to = Recipient.of(people.findById(UUID.fromString((String) execution.getVariable("personId"))).orElseThrow());
    mail.compose(MailKey.forStep(execution, to, "greeting"), to, HelloMail.linking("https://example.org"));
    int attempt = attempts.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger()).incrementAndGet();
    if (Boolean.TRUE.equals(execution.getVariable("failFirst")) && attempt == 1) {
      throw new IllegalStateException("failed after composing");
    }
  }
}
