package org.mentra.sessions.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator enters in the Tasklist start form (forms/request-council.form): people by
 * email, since that is what coordinators know, and only the start of each slot.
 */
record CouncilStartForm(String menteeEmail, String topic, String goals, String questions, List<Instant> slotStarts,
    List<String> mentorEmails, String leadMentorEmail, Integer mentorMinimum, Integer mentorMaximum) {

  static final List<String> SLOT_FIELDS = List.of("slot1", "slot2", "slot3", "slot4", "slot5");

  /** Reads the submitted form; a value of the wrong shape is refused with the field's name. */
  static CouncilStartForm of(Map<String, Object> values) {
    List<Instant> starts = new ArrayList<>();
    for (String field : SLOT_FIELDS) {
      FormValues.instant(values, field).ifPresent(starts::add);
    }
    return new CouncilStartForm(
        FormValues.text(values, "menteeEmail").orElse(null),
        FormValues.text(values, "topic").orElse(null),
        FormValues.text(values, "goals").orElse(""),
        FormValues.text(values, "questions").orElse(""),
        starts,
        FormValues.strings(values, "mentorEmails"),
        FormValues.text(values, "leadMentorEmail").orElse(null),
        FormValues.integer(values, "mentorMinimum").orElse(null),
        FormValues.integer(values, "mentorMaximum").orElse(null));
  }
}
