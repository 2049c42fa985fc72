package org.mentra.sessions.accountability.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.mentra.sessions.accountability.AccountabilityProperties;
import org.mentra.sessions.people.CrisisResource;
import org.mentra.sessions.people.CrisisResources;
import org.mentra.sessions.accountability.NoShowCase;
import org.mentra.sessions.accountability.ReliabilityService;
import org.mentra.sessions.accountability.SessionNames;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of the no-show process, each an HTML and a text template under
 * {@code templates/mail/accountability/} with a record of its variables. Strike mails carry the link
 * to explain what happened; participants' mails carry the support resources and the way back to booking.
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
  private final CrisisResources crisis;
  private final Clock clock;

  Letters(MailComposer mail, OneClickLinks links, StrikeRepository strikes, PersonRepository people,
      SessionNames sessionNames, ReliabilityService reliability, AccountabilityProperties properties,
      CrisisResources crisis, Clock clock) {
    this.crisis = crisis;
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
    Strike strike = strikes.getOrFail(strikeId);
    Person person = people.getOrFail(strike.getPersonId());
    Recipient to = Recipient.of(person);
    String explainUrl = letter.invitesExplanation ? links.url(NoShowCase.EXPLANATION_LINK, person.getId(),
        strike.getId().toString(), null, strike.getExplainBy()) : null;
    CaseFacts facts = new CaseFacts(sessionNames.name(strike), strike.getMissedAt(),
        strike.getMissedAt().plus(properties.strikeWindow()), strike.getRole().isVolunteer(),
        strike.getRole().name().toLowerCase(Locale.ROOT), properties.strikeWindow().toDays(),
        properties.pauseAtStrike(), properties.signUpPause().toDays(), reliability.activeStrikes(person.getId()),
        properties.rebookingUrl(), crisis.forPerson(person), strike.getCoordinatorNote().orElse(null),
        strike.getPauseUntil().orElse(null),
        person.getPausedUntil().filter(until -> until.isAfter(clock.instant())).orElse(null),
        explainUrl, explainUrl == null ? null : strike.getExplainBy());
    mail.compose(step.key(to, letter.purpose()), to, letter.model.apply(facts));
  }

  /** Tells a person we had written to about a no-show that our records were wrong. */
  public void noShowCorrected(Strike strike, Person person) {
    Recipient to = Recipient.of(person);
    mail.compose(MailKey.of("strike:" + strike.getId(), "withdrawn", to, NO_SHOW_CORRECTED), to,
        new NoShowCorrected(sessionNames.name(strike), strike.getMissedAt(), strike.getRole().isVolunteer(),
            strike.getPauseUntil().isPresent() && !person.isPausedAt(clock.instant())));
  }

  /** Tells a person that a coordinator lifted their pause early. */
  public void pauseLiftedEarly(Person person, Instant until, boolean volunteering, String note) {
    Recipient to = Recipient.of(person);
    // One mail per pause: its end identifies it.
    mail.compose(MailKey.of("person:" + person.getId(), "pause-until-" + until.getEpochSecond(), to,
        PAUSE_LIFTED_EARLY), to, new PauseLiftedEarly(until, volunteering, properties.rebookingUrl(),
            note == null || note.isBlank() ? null : note.strip()));
  }

  /**
   * What a case's letters may say about its strike, gathered once; each letter's record takes what
   * its template shows.
   */
  private record CaseFacts(String sessionName, Instant missedAt, Instant countsUntil, boolean volunteer,
      String roleName, long windowDays, int pauseAtStrike, long pauseDays, int activeStrikes, String rebookingUrl,
      List<CrisisResource> resources, String note, Instant pauseUntil, Instant pausedUntil, String explainUrl,
      Instant explainBy) {}

  /**
   * The letters of a case; the diagram names one per mail task ({@code letter}), in words:
   * {@code caring-check-in}, which is also the mail's purpose and template.
   */
  public enum Letter {
    /** First missed session of a participant: "we missed you, are you all right?", with support and a way back. */
    CARING_CHECK_IN(true, f -> new CaringCheckIn(f.sessionName(), f.missedAt(), f.rebookingUrl(), f.resources(),
        f.explainUrl(), f.explainBy())),
    /** Second missed session: a clear, kind reminder of the commitment and of what a third would mean. */
    COMMITMENT_REMINDER(true, f -> new CommitmentReminder(f.sessionName(), f.missedAt(), f.activeStrikes(),
        f.windowDays(), f.pauseAtStrike(), f.pauseDays(), f.rebookingUrl(), f.resources(), f.explainUrl(),
        f.explainBy())),
    /** The pause of new sign-ups, with the reason and the date it ends. */
    SIGN_UPS_PAUSED(true, f -> new SignUpsPaused(f.sessionName(), f.missedAt(), f.activeStrikes(), f.windowDays(),
        f.pauseUntil(), f.resources(), f.explainUrl(), f.explainBy())),
    /** The explanation was accepted: the missed session no longer counts. */
    EXPLANATION_ACCEPTED(false, f -> new ExplanationAccepted(f.sessionName(), f.missedAt(), f.note(),
        f.pauseUntil(), f.pausedUntil(), f.rebookingUrl())),
    /** The explanation was not accepted, said kindly, with how long the strike counts. */
    EXPLANATION_NOT_ACCEPTED(false, f -> new ExplanationNotAccepted(f.sessionName(), f.missedAt(), f.countsUntil(),
        f.note(), f.pausedUntil(), f.resources())),
    /** The pause is over: sign-ups (or volunteering) are open again. */
    PAUSE_ENDED(false, f -> new PauseEnded(f.volunteer(), f.rebookingUrl())),
    /** A volunteer missed a session: we noticed, and they may tell us what happened before a coordinator reviews it. */
    VOLUNTEER_MISSED(true, f -> new VolunteerMissed(f.sessionName(), f.missedAt(), f.roleName(), f.explainUrl(),
        f.explainBy())),
    /** A coordinator excused the volunteer: the missed session does not count. */
    VOLUNTEER_EXCUSED(false, f -> new VolunteerExcused(f.sessionName(), f.missedAt(), f.note())),
    /** A coordinator reminded the volunteer of the commitment. */
    VOLUNTEER_REMINDED(false, f -> new VolunteerReminded(f.sessionName(), f.missedAt(), f.note())),
    /** A coordinator paused the volunteer for a period, with the date it ends. */
    VOLUNTEERING_PAUSED(false, f -> new VolunteeringPaused(f.sessionName(), f.missedAt(), f.note(),
        f.pauseUntil()));

    private final boolean invitesExplanation;
    private final Function<CaseFacts, TemplateModel> model;

    Letter(boolean invitesExplanation, Function<CaseFacts, TemplateModel> model) {
      this.invitesExplanation = invitesExplanation;
      this.model = model;
    }

    /** The mail's purpose (its key), the same words as its template's name. */
    public String purpose() {
      return StepParameters.inDiagram(this);
    }
  }
}
