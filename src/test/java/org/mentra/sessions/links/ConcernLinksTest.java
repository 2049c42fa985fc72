package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Without a feature that takes reports, mails and link pages have no "report a concern" link, and need none. */
class ConcernLinksTest {

  @Test
  void withoutAnImplementationThereIsNoLink() {
    ConcernLinks none = ConcernLinks.of(new StaticListableBeanFactory().getBeanProvider(ConcernLinks.class));

    assertThat(none).isSameAs(ConcernLinks.NONE);
    assertThat(none.url(UUID.randomUUID(), ConcernContext.event(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void theImplementationInTheContextIssuesThem() {
    StaticListableBeanFactory context = new StaticListableBeanFactory();
    ConcernLinks issuer = (person, about) -> Optional.of("https://mentra.example/r/" + about.kind());
    context.addBean("issuer", issuer);

    assertThat(ConcernLinks.of(context.getBeanProvider(ConcernLinks.class))
        .url(UUID.randomUUID(), ConcernContext.chat(UUID.randomUUID()))).contains("https://mentra.example/r/CHAT");
  }
}
