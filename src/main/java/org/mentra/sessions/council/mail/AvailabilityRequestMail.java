package org.mentra.sessions.council.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/** council/availability-request: the request to one mentor, every slot with its one-click link. */
record AvailabilityRequestMail(CouncilSession council, String menteeName, boolean lead, List<SlotLink> slots, String noneUrl,
    Instant deadline) implements TemplateModel {

  @Override
  public String template() {
    return "council/availability-request";
  }
}
