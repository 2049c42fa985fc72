package org.mentra.sessions.calendar;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ledger's state after a schedule or cancel, as mail to send: who gets a REQUEST and who a
 * CANCEL at this SEQUENCE. Recording the same state again (a retried step) returns the same
 * recipients with {@code changed == false}, so the step composes the same mails again and the
 * outbox's dedup key drops them; a step that only wants to mail on a real change checks
 * {@link #changed()}.
 *
 * @param invite the session as it stands (for a cancelled one: as it stood, with who was still invited)
 * @param sequence the SEQUENCE of this state, 0 for the first invite
 * @param changed whether this call raised the SEQUENCE
 * @param requests who gets a REQUEST (everyone still invited; none once cancelled)
 * @param cancellations who gets a CANCEL (the attendees removed at this SEQUENCE, or everyone still
 *     invited when the whole session was cancelled)
 */
public record InviteChange(SessionInvite invite, int sequence, InviteStatus status, boolean changed,
    List<InviteAttendee> requests, List<InviteAttendee> cancellations) {

  public InviteChange {
    requests = List.copyOf(requests);
    cancellations = List.copyOf(cancellations);
  }

  public String uid() {
    return invite.uid();
  }

  /** Whether the whole session is cancelled, not just some attendees. */
  public boolean cancelled() {
    return status == InviteStatus.CANCELLED;
  }

  /**
   * The mail key purpose for this change's mail, e.g. {@code council-invite#2}: a retry of the
   * step (same SEQUENCE) composes nothing twice, while a later change by the same step (a second
   * mentor dropping out) is mailed.
   */
  public String mailPurpose(String purpose) {
    return purpose + "#" + sequence;
  }

  /** Everyone this change mails: first the requests, then the cancellations. */
  public List<InviteAttendee> recipients() {
    return Stream.concat(requests.stream(), cancellations.stream()).toList();
  }
}
