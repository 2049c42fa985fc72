package org.mentra.sessions.pairing.web;

import java.time.Clock;
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
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.ChatSessionService;

/** "Can't make it?" in the assignment mail: the patient or the counselor calls the chat off. */
@Component
public class CancelChatLinkHandler implements OneClickHandler {

  public static final String PURPOSE = "pairing.cancel-chat";

  private final ChatSessionService chats;
  private final PersonRepository people;
  private final Clock clock;

  CancelChatLinkHandler(ChatSessionService chats, PersonRepository people, Clock clock) {
    this.chats = chats;
    this.people = people;
    this.clock = clock;
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
    Chat chat = usable(token);
    Person person = people.findById(token.personId()).orElseThrow(LinkRejected::notForYou);
    boolean isPatient = chat.getPatientId().equals(person.getId());
    String when = new LocalTimes(person.zone(), person.locale()).range(chat.getStartsAt(), chat.getEndsAt());
    return LinkPage.confirm("Call off your chat?",
        "Your chat on " + when + " will be cancelled. "
            + (isPatient ? "Your counselor gets the time back for someone else."
                : "We will look for another counselor for your patient right away."),
        List.of(new LinkPage.Option("cancel", "Yes, call it off")), "cancel", "Call off the chat", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Chat chat = usable(token);
    chats.cancel(chat.getId(), token.personId());
    return LinkPage.done("Your chat is called off",
        "Thank you for letting us know in time. The calendar entry is being cancelled too.");
  }

  private Chat usable(LinkToken token) {
    Chat chat = PairingLinks.participantsChat(chats, token);
    if (!chat.isLive()) {
      throw LinkRejected.notPossible("Already called off",
          "This chat is no longer on, so there is nothing to cancel.");
    }
    if (chat.hasStartedAt(clock.instant())) {
      throw LinkRejected.tooLate("The chat has already started. If something went wrong, please reply to the email.");
    }
    return chat;
  }
}
