package org.mentra.sessions.council.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.CouncilService;

/** "I can no longer make it", from a confirmed mentor's confirmation: one confirm page, used once. */
@Component
class CouncilDropOutLinkHandler implements OneClickHandler {

  private static final String CHOICE = "drop-out";

  private final CouncilSessionRepository councils;
  private final PersonRepository people;
  private final CouncilService councilService;

  CouncilDropOutLinkHandler(CouncilSessionRepository councils, PersonRepository people, CouncilService councilService) {
    this.councils = councils;
    this.people = people;
    this.councilService = councilService;
  }

  @Override
  public String purpose() {
    return CouncilLinks.DROP_OUT;
  }

  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return Optional.of(ConcernContext.council(CouncilLinks.councilIdOf(token)));
  }

  @Override
  public LinkPage show(LinkToken token) {
    CouncilSession council = confirmedFor(token);
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    TimeRange slot = council.scheduledSlot().orElseThrow();
    String when = new LocalTimes(person.zone(), person.locale()).range(slot.start(), slot.end());
    return LinkPage.confirm("Can't make it after all?",
        "The council on " + council.getTopic() + " is on " + when + ". If you can no longer take part, tell us here: "
            + "we'll let the others know and make sure the council still goes ahead.",
        List.of(new LinkPage.Option(CHOICE, "I can no longer take part")), CHOICE, "Take me off the council",
        "Anything the coordinators should know? (optional)");
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    CouncilSession council = confirmedFor(token);
    String comment = form.getFirst("comment");
    if (comment != null && comment.strip().length() > CouncilService.MAX_DROP_OUT_NOTE_LENGTH) {
      throw LinkRejected.invalidAnswer("Please keep your note to the coordinators under "
          + CouncilService.MAX_DROP_OUT_NOTE_LENGTH + " characters.");
    }
    councilService.dropOut(council.getId(), token.personId(), comment);
    return LinkPage.done("Thank you for telling us",
        "You are off the council; a cancellation for your calendar is on its way. Take care.");
  }

  private CouncilSession confirmedFor(LinkToken token) {
    UUID councilId = CouncilLinks.councilIdOf(token);
    CouncilSession council = councils.findById(councilId).orElseThrow(LinkRejected::notForYou);
    if (council.getStatus() != CouncilStatus.CONFIRMED) {
      throw LinkRejected.tooLate("This council is no longer planned as it was ("
          + council.getStatus().words() + "), so there is nothing to drop out of.");
    }
    council.activeMentor(token.personId()).filter(CouncilMentor::isSelected).orElseThrow(LinkRejected::notForYou);
    return council;
  }
}
