package org.mentra.sessions.links;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** A link purpose for tests: counts what it applied, per person; refuses subject "someone-else". */
@Component
class RecordingLinkHandler implements OneClickHandler {

  static final String PURPOSE = "test.recording";

  private final Map<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();

  @Override
  public String purpose() {
    return PURPOSE;
  }

  @Override
  public LinkPage show(LinkToken token) {
    refuseOthers(token);
    return LinkPage.confirm("Are you coming?", "Tell us whether you can make it.",
        List.of(new LinkPage.Option("yes", "Yes, I'll be there"), new LinkPage.Option("no", "No, sorry")),
        token.choice(), "Confirm", "Anything we should know?");
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    refuseOthers(token);
    applied.computeIfAbsent(token.personId(), id -> new AtomicInteger()).incrementAndGet();
    return LinkPage.done("Thank you", "We noted: " + form.getFirst("choice") + " / " + form.getFirst("comment"));
  }

  int appliedFor(UUID person) {
    AtomicInteger count = applied.get(person);
    return count == null ? 0 : count.get();
  }

  private static void refuseOthers(LinkToken token) {
    if ("someone-else".equals(token.subject())) {
      throw LinkRejected.notForYou();
    }
  }
}
