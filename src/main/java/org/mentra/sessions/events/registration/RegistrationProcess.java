package org.mentra.sessions.events.registration;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.engine.ProcessMessage;
import org.mentra.sessions.engine.ProcessVariable;
import org.mentra.sessions.events.registration.domain.Registration;

/** The {@code event-registration} process: its key, variables and messages. One instance per registration. */
public final class RegistrationProcess {

  public static final String PROCESS_KEY = "event-registration";

  public static final ProcessVariable<UUID> REGISTRATION_ID = ProcessVariable.uuid("registrationId");
  public static final ProcessVariable<UUID> EVENT_ID = ProcessVariable.uuid("eventId");
  public static final ProcessVariable<UUID> PERSON_ID = ProcessVariable.uuid("personId");
  /** Where the registration entered: seated, seatedPendingApproval (a seat held for the approval) or waitlisted. */
  public static final ProcessVariable<String> ENTERED = ProcessVariable.string("entered");
  public static final ProcessVariable<Boolean> NEEDS_APPROVAL = ProcessVariable.bool("needsApproval");
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("approved");
  /** The coordinator's answer in the approval form: APPROVE or REFUSE. */
  public static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.string("approvalDecision");
  public static final ProcessVariable<String> NOTE_TO_PERSON = ProcessVariable.string("noteToPerson");
  public static final ProcessVariable<Instant> EVENT_START = ProcessVariable.instant("eventStart");
  public static final ProcessVariable<Instant> EVENT_END = ProcessVariable.instant("eventEnd");
  /** Whether the registration was confirmed when the event was called off (then it was told already). */
  public static final ProcessVariable<Boolean> WAS_CONFIRMED = ProcessVariable.bool("wasConfirmed");
  /** Counts the offers made to this registration, so each offer's mail is a mail of its own. */
  public static final ProcessVariable<Integer> OFFER_ROUND = ProcessVariable.integer("offerRound");

  private RegistrationProcess() {}

  /**
   * The registration and its arrival: a person who cancels and registers again gets a new process, and a
   * late message for the old one can never reach the new one.
   */
  public static String businessKey(Registration registration) {
    return registration.getId() + "#" + registration.getArrival();
  }

  /** The messages the code sends to a registration's process. */
  public enum Message implements ProcessMessage {
    /** A seat freed up and is held for this waitlisted person. */
    SEAT_OFFERED("SeatOffered"),
    OFFER_ACCEPTED("SeatOfferAccepted"),
    OFFER_DECLINED("SeatOfferDeclined"),
    /** The person cancelled: the process ends wherever it waits, with their confirmation of it. */
    REGISTRATION_CANCELLED("RegistrationCancelled"),
    /**
     * The event was called off: the process ends wherever it waits. Those confirmed were told with
     * everyone confirmed, and the calendar's CANCEL ({@code events.mail.RegistrantNotices}); the others
     * (waitlisted, offered, awaiting approval) are told by the process ({@link #WAS_CONFIRMED}).
     */
    EVENT_CALLED_OFF("EventCalledOff"),
    /** The event's time changed: a confirmed registration's reminders and feedback request wait for the new one. */
    EVENT_RESCHEDULED("EventRescheduled");

    private final String messageName;

    Message(String messageName) {
      this.messageName = messageName;
    }

    @Override
    public String messageName() {
      return messageName;
    }
  }
}
