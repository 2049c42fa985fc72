package org.mentra.sessions.pairing.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.ChatSessionService;

/** In the apology when no counselor could come: "Find me another time" puts the patient on the waitlist. */
@Component
public class RebookLinkHandler implements OneClickHandler {

  public static final String PURPOSE = "pairing.rebook";

  private final ChatSessionService chats;

  RebookLinkHandler(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public String purpose() {
    return PURPOSE;
  }

  /** The link's subject is the chat. */
  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    return Optional.of(ConcernContext.chat(UUID.fromString(token.subject())));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Chat chat = PairingLinks.patientsChat(chats, token);
    if (chat.getStatus() != ChatStatus.NO_COUNSELOR) {
      throw LinkRejected.tooLate("This chat is no longer waiting for a new time.");
    }
    return LinkPage.confirm("Find you another time?",
        "We are sorry your chat did not happen. Press the button and we put you back on the list: as soon "
            + "as a counselor is free for you in this event, we pair you and send you the time.",
        List.of(new LinkPage.Option("rebook", "Yes, please")), "rebook", "Find me another time", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    chats.rebook(PairingLinks.patientsChat(chats, token).getId());
    return LinkPage.done("You are on the list", "We will email you as soon as a counselor is free for you.");
  }

}
