package org.mentra.sessions.safety;

import java.util.List;
import org.mentra.sessions.accountability.AccountabilityProperties;
import org.mentra.sessions.accountability.AccountabilityProperties.SupportResource;
import org.springframework.stereotype.Component;

/**
 * The crisis lines an urgent concern answers with: the same configured list the accountability mails
 * show ({@code mentra.accountability.support-resources}), so there is one place to adapt them to where
 * members live.
 */
@Component
public class CrisisResources {

  private final AccountabilityProperties accountability;

  CrisisResources(AccountabilityProperties accountability) {
    this.accountability = accountability;
  }

  public List<SupportResource> all() {
    return accountability.supportResources();
  }
}
