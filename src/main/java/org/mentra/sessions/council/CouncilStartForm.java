package org.mentra.sessions.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentra.sessions.shared.DomainException;
import org.mentra.sessions.shared.InvalidInput;

/**
 * What a coordinator enters in the Tasklist start form (forms/request-council.form): people by
 * email, since that is what coordinators know, and only the start of each slot.
 */
public record CouncilStartForm(String menteeEmail, String topic, String goals, String questions, List<Instant> slotStarts,
    List<String> slotFields, List<String> mentorEmails, String leadMentorEmail, Integer mentorMinimum,
    Integer mentorMaximum) {

  static final List<String> SLOT_FIELDS = List.of("slot1", "slot2", "slot3", "slot4", "slot5");

  /** Reads the submitted form; a value of a shape the form cannot send fails with the field's name. */
  public static CouncilStartForm of(Map<String, Object> values) {
    List<Instant> starts = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (String field : SLOT_FIELDS) {
      FormValues.instant(values, field).ifPresent(start -> {
        starts.add(start);
        fields.add(field);
      });
    }
    return new CouncilStartForm(
        FormValues.text(values, "menteeEmail").orElse(null),
        FormValues.text(values, "topic").orElse(null),
        FormValues.text(values, "goals").orElse(""),
        FormValues.text(values, "questions").orElse(""),
        starts,
        fields,
        FormValues.strings(values, "mentorEmails"),
        FormValues.text(values, "leadMentorEmail").orElse(null),
        FormValues.integer(values, "mentorMinimum").orElse(null),
        FormValues.integer(values, "mentorMaximum").orElse(null));
  }

  /**
   * Why a request from this form was refused, as the form says it: its labels, not the request's
   * field names, and the same problem on several slots once ("Slots 1, 2 and 3 must be …").
   */
  public String refusal(DomainException refused) {
    if (!(refused instanceof InvalidInput invalid) || invalid.problems().isEmpty()) {
      return refused.detail();
    }
    return FormWords.sentences(invalid.problems(), this::label, this::inWords);
  }

  /** The form's label for a field of the form or of the request it became. */
  private FormWords.Label label(String field) {
    Optional<Integer> requestSlot = FormWords.indexOf(field, "proposedSlots");
    if (requestSlot.isPresent()) {
      return FormWords.Label.numbered("Slot", slotNumber(requestSlot.get()));
    }
    if (SLOT_FIELDS.contains(field)) {
      return FormWords.Label.numbered("Slot", SLOT_FIELDS.indexOf(field) + 1);
    }
    return FormWords.Label.of(switch (field.replaceFirst("\\[.*$", "")) {
      case "menteeId", "menteeEmail" -> "Mentee's email";
      case "topic" -> "Topic";
      case "goals" -> "Goals";
      case "questions" -> "Questions for the mentors";
      case "proposedSlots" -> "Proposed hours";
      case "mentorIds", "mentorEmails" -> "Mentors the mentee picked";
      case "leadMentorId", "leadMentorEmail" -> "Lead mentor";
      case "mentorMinimum" -> "Fewest mentors";
      case "mentorMaximum" -> "Most mentors";
      default -> field;
    });
  }

  /** Field names that messages mention, in the form's words. */
  private String inWords(String message) {
    return FormWords.numberedReferences(message, "proposedSlots", "slot", this::slotNumber)
        .replace("mentorMinimum", "the fewest mentors").replace("mentorMaximum", "the most mentors");
  }

  /** The number of the form's slot that became the request's n-th (empty slots are left out). */
  private int slotNumber(int index) {
    return index < slotFields.size() ? SLOT_FIELDS.indexOf(slotFields.get(index)) + 1 : index + 1;
  }
}
