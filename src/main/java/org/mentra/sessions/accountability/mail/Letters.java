package org.mentra.sessions.accountability.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.accountability.NoShowCase;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.accountability.AccountabilityProperties;
import org.mentra.sessions.accountability.ReliabilityService;
import org.mentra.sessions.accountability.SessionNames;

/**
 * The mails of the no-show process, each an HTML and a text template under
 * {@code templates/mail/accountability/}. Strike mails carry the link to explain what happened;
 * participants' mails carry the support resources and the way back to booking.
 */
@Service
public class Letters {

  public static final String PAUSE_LIFTED_EARLY = "pause-lifted-early";
  public static final String NO_SHOW_CORRECTED = "no-show-corrected";

  private final MailComposer mail;
  private final OneClickLinks links;
  private final StrikeRepository strikes;
  private final PersonRepository people;
  private final SessionNames sessionNames;
  private final ReliabilityService reliability;
  private final AccountabilityProperties properties;
  private final Clock clock;

  Letters(MailComposer mail, OneClickLinks links, StrikeRepository strikes, PersonRepository people,
      SessionNames sessionNames, ReliabilityService reliability, AccountabilityProperties properties, Clock clock) {
    this.mail = mail;
    this.links = links;
    this.strikes = strikes;
    this.people = people;
    this.sessionNames = sessionNames;
    this.reliability = reliability;
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends one of the case's letters about its strike; a repeated step sends nothing twice. */
  @Transactional
  public void send(MailStep step, UUID strikeId, Letter letter) {
    Strike strike = strikes.findById(strikeId).orElseThrow(() -> new IllegalArgumentException("No strike " + strikeId));
    Person person = person(strike.getPersonId());
    Recipient to = Recipient.of(person);
    Map<String, Object> model = new HashMap<>();
    model.put("sessionName", sessionNames.name(strike));
    model.put("missedAt", strike.getMissedAt());
    model.put("countsUntil", strike.getMissedAt().plus(properties.strikeWindow()));
    model.put("volunteer", strike.getRole().isVolunteer());
    model.put("roleName", strike.getRole().name().toLowerCase(Locale.ROOT));
    model.put("windowDays", properties.strikeWindow().toDays());
    model.put("pauseAtStrike", properties.pauseAtStrike());
    model.put("pauseDays", properties.signUpPause().toDays());
    model.put("activeStrikes", reliability.activeStrikes(person.getId()));
    model.put("rebookingUrl", properties.rebookingUrl());
    model.put("resources", properties.supportResources());
    model.put("note", strike.getCoordinatorNote().orElse(null));
    model.put("pauseUntil", strike.getPauseUntil().orElse(null));
    model.put("pausedUntil", person.getPausedUntil().filter(until -> until.isAfter(clock.instant())).orElse(null));
    if (letter.invitesExplanation()) {
      model.put("explainUrl", links.url(NoShowCase.EXPLANATION_LINK, person.getId(), strike.getId().toString(),
          null, strike.getExplainBy()));
      model.put("explainBy", strike.getExplainBy());
    }
    mail.compose(step.key(to, letter.purpose()), to, letter.template(), model);
  }

  /** Tells a person we had written to about a no-show that our records were wrong. */
  public void noShowCorrected(Strike strike, Person person) {
    Recipient to = Recipient.of(person);
    Map<String, Object> model = new HashMap<>();
    model.put("sessionName", sessionNames.name(strike));
    model.put("missedAt", strike.getMissedAt());
    model.put("volunteer", strike.getRole().isVolunteer());
    model.put("signUpsOpen", strike.getPauseUntil().isPresent() && !person.isPausedAt(clock.instant()));
    mail.compose(MailKey.of("strike:" + strike.getId(), "withdrawn", to, NO_SHOW_CORRECTED), to,
        "accountability/" + NO_SHOW_CORRECTED, model);
  }

  /** Tells a person that a coordinator lifted their pause early. */
  public void pauseLiftedEarly(Person person, Instant until, boolean volunteering, String note) {
    Recipient to = Recipient.of(person);
    Map<String, Object> model = new HashMap<>();
    model.put("until", until);
    model.put("volunteer", volunteering);
    model.put("rebookingUrl", properties.rebookingUrl());
    model.put("note", note == null || note.isBlank() ? null : note.strip());
    // One mail per pause: its end identifies it.
    mail.compose(MailKey.of("person:" + person.getId(), "pause-until-" + until.getEpochSecond(), to,
        PAUSE_LIFTED_EARLY), to, "accountability/" + PAUSE_LIFTED_EARLY, model);
  }

  private Person person(UUID id) {
    return people.findById(id).orElseThrow(() -> new IllegalArgumentException("No person " + id));
  }

  /** The letters of a case, by template; the diagram names one per mail task ({@code letter}). */
  public enum Letter {
    /** First missed session of a participant: "we missed you, are you all right?", with support and a way back. */
    CARING_CHECK_IN("caring-check-in", true),
    /** Second missed session: a clear, kind reminder of the commitment and of what a third would mean. */
    COMMITMENT_REMINDER("commitment-reminder", true),
    /** The pause of new sign-ups, with the reason and the date it ends. */
    SIGN_UPS_PAUSED("sign-ups-paused", true),
    /** The explanation was accepted: the missed session no longer counts. */
    EXPLANATION_ACCEPTED("explanation-accepted", false),
    /** The explanation was not accepted, said kindly, with how long the strike counts. */
    EXPLANATION_NOT_ACCEPTED("explanation-not-accepted", false),
    /** The pause is over: sign-ups (or volunteering) are open again. */
    PAUSE_ENDED("pause-ended", false),
    /** A volunteer missed a session: we noticed, and they may tell us what happened before a coordinator reviews it. */
    VOLUNTEER_MISSED("volunteer-missed", true),
    /** A coordinator excused the volunteer: the missed session does not count. */
    VOLUNTEER_EXCUSED("volunteer-excused", false),
    /** A coordinator reminded the volunteer of the commitment. */
    VOLUNTEER_REMINDED("volunteer-reminded", false),
    /** A coordinator paused the volunteer for a period, with the date it ends. */
    VOLUNTEERING_PAUSED("volunteering-paused", false);

    private final String name;
    private final boolean invitesExplanation;

    Letter(String name, boolean invitesExplanation) {
      this.name = name;
      this.invitesExplanation = invitesExplanation;
    }

    String template() {
      return "accountability/" + name;
    }

    public String purpose() {
      return name;
    }

    boolean invitesExplanation() {
      return invitesExplanation;
    }
  }
}
