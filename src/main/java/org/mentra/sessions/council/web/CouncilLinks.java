package org.mentra.sessions.council.web;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickLinks;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.domain.CouncilSession;

/** The one-click links of council mails: availability answers and dropping out. */
@Component
public class CouncilLinks {

  static final String AVAILABILITY = "council.availability";
  static final String DROP_OUT = "council.drop-out";
  static final String NONE_OF_THESE = "none";
  private static final String SLOT_CHOICE = "slot-";

  private final OneClickLinks links;

  CouncilLinks(OneClickLinks links) {
    this.links = links;
  }

  /** "I can make this one" for the proposed slot at this position; works until the round's deadline. */
  public String slotAnswer(CouncilSession council, UUID mentorId, int slotIndex) {
    return links.url(AVAILABILITY, mentorId, roundSubject(council), SLOT_CHOICE + slotIndex,
        council.getResponseDeadline());
  }

  /** "None of these work for me". */
  public String noneOfThese(CouncilSession council, UUID mentorId) {
    return links.url(AVAILABILITY, mentorId, roundSubject(council), NONE_OF_THESE, council.getResponseDeadline());
  }

  /** "I can no longer make it", in a confirmed mentor's confirmation; works until the session starts. */
  public String dropOut(CouncilSession council, UUID mentorId, Instant sessionStart) {
    return links.url(DROP_OUT, mentorId, council.getId().toString(), null, sessionStart);
  }

  private static String roundSubject(CouncilSession council) {
    return council.getId() + ":" + council.getRound();
  }

  /** The council and round an availability link belongs to. */
  record RoundSubject(UUID councilId, int round) {
    static RoundSubject of(LinkToken token) {
      String[] parts = token.subject().split(":");
      try {
        return new RoundSubject(UUID.fromString(parts[0]), Integer.parseInt(parts[1]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw LinkRejected.tampered();
      }
    }
  }

  /** The slot position a per-slot link pre-selects, or -1 for "none of these". */
  static int slotIndex(LinkToken token) {
    String choice = token.choice() == null ? "" : token.choice();
    if (choice.equals(NONE_OF_THESE)) {
      return -1;
    }
    if (!choice.startsWith(SLOT_CHOICE)) {
      throw LinkRejected.tampered();
    }
    try {
      return Integer.parseInt(choice.substring(SLOT_CHOICE.length()));
    } catch (NumberFormatException e) {
      throw LinkRejected.tampered();
    }
  }

  static UUID councilIdOf(LinkToken token) {
    try {
      return UUID.fromString(token.subject());
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
  }
}
