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
import org.mentra.sessions.pairing.ChatSessionService;

/** The feedback request after a chat: a rating from 1 to 5 and an optional comment. */
@Component
public class FeedbackLinkHandler implements OneClickHandler {

  public static final String PURPOSE = "pairing.feedback";
  static final int MAX_COMMENT_LENGTH = 2000;
  private static final List<LinkPage.Option> RATINGS = List.of(
      new LinkPage.Option("5", "5 – It helped a lot"),
      new LinkPage.Option("4", "4 – It helped"),
      new LinkPage.Option("3", "3 – It was okay"),
      new LinkPage.Option("2", "2 – Not really helpful"),
      new LinkPage.Option("1", "1 – It did not help"));

  private final ChatSessionService chats;

  FeedbackLinkHandler(ChatSessionService chats) {
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
    PairingLinks.patientsChat(chats, token);
    return LinkPage.confirm("How was your chat?",
        "Your answer helps us pair people well. Only the coordinators read comments.", RATINGS, "", "Send",
        "Anything you would like to tell us? (optional)");
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Chat chat = PairingLinks.patientsChat(chats, token);
    int rating;
    try {
      rating = Integer.parseInt(form.getFirst("choice"));
    } catch (NumberFormatException e) {
      rating = 0;
    }
    if (rating < 1 || rating > 5) {
      throw LinkRejected.invalidAnswer("Please pick a rating from 1 to 5.");
    }
    String comment = form.getFirst("comment");
    if (comment != null && comment.strip().length() > MAX_COMMENT_LENGTH) {
      throw LinkRejected.invalidAnswer("Please keep your comment under " + MAX_COMMENT_LENGTH + " characters.");
    }
    chats.recordFeedback(chat.getId(), token.personId(), rating, comment);
    return LinkPage.done("Thank you", "Your feedback is in. Take good care of yourself.");
  }

}
