package org.mentra.sessions.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a coordinator enters in the Tasklist start form (forms/request-council.form): people by
 * email, since that is what coordinators know, and only the start of each slot.
 */
record CouncilStartForm(String menteeEmail, String topic, String goals, String questions, List<Instant> slotStarts,
    List<String> slotFields, List<String> mentorEmails, String leadMentorEmail, Integer mentorMinimum,
    Integer mentorMaximum) {

  private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)].*$");
  static final List<String> SLOT_FIELDS = List.of("slot1", "slot2", "slot3", "slot4", "slot5");

  /** Reads the submitted form; a value of the wrong shape is refused with the field's name. */
  static CouncilStartForm of(Map<String, Object> values) {
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

  /** The form's name for a field of the request it became, so Tasklist users read "slot3", not "proposedSlots[2]". */
  String formField(String requestField) {
    Matcher indexed = INDEXED.matcher(requestField);
    if (indexed.matches()) {
      int index = Integer.parseInt(indexed.group(2));
      return switch (indexed.group(1)) {
        case "proposedSlots" -> index < slotFields.size() ? slotFields.get(index) : requestField;
        case "mentorIds" -> index < mentorEmails.size() ? "mentorEmails (" + mentorEmails.get(index) + ")" : requestField;
        default -> requestField;
      };
    }
    return switch (requestField) {
      case "menteeId" -> "menteeEmail";
      case "mentorIds" -> "mentorEmails";
      case "leadMentorId" -> "leadMentorEmail";
      case "proposedSlots" -> "slots";
      default -> requestField;
    };
  }
}
