package org.mentra.sessions.council.mail;

import java.time.Instant;
import java.util.List;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.shared.TemplateModel;

/**
 * council/availability-request: the request to one mentor, every slot with its one-click link.
 *
 * @param calendarProblem why the mentor's calendar could not be (fully) read, or null
 */
record AvailabilityRequestMail(CouncilSession council, String menteeName, boolean lead, List<SlotLink> slots, String noneUrl,
    Instant deadline, String calendarProblem) implements TemplateModel {

  @Override
  public String template() {
    return "council/availability-request";
  }
}
