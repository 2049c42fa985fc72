package org.mentra.sessions.council;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A coordinator's decision as submitted with the form forms/resolve-council.form.
 *
 * @param chosenSlotStart CONFIRM: the start of the chosen hour (a proposed slot or a mentor's proposal)
 * @param chosenMentorIds CONFIRM: the mentors who take part
 * @param replaceMentorIds REPLACE_MENTORS: the mentors to replace
 * @param extensionHours EXTEND_DEADLINE: how many hours from now mentors who did not answer get
 * @param newSlotStarts NEW_SLOTS: the starts of 3–5 new slots
 * @param note optional; kept with the council (and the reason given when cancelling)
 */
public record CoordinatorDecision(CoordinatorChoice choice, Instant chosenSlotStart, List<UUID> chosenMentorIds,
    List<UUID> replaceMentorIds, Integer extensionHours, List<Instant> newSlotStarts, String note) {

  static final String DECISION = "decision";
  static final String CHOSEN_SLOT = "chosenSlot";
  static final String CHOSEN_MENTORS = "chosenMentorIds";
  static final String REPLACE_MENTORS = "replaceMentorIds";
  static final String EXTENSION_HOURS = "extensionHours";
  static final List<String> NEW_SLOTS = List.of("newSlot1", "newSlot2", "newSlot3", "newSlot4", "newSlot5");
  static final String NOTE = "coordinatorNote";

  /** Every variable the form submits, so they can be cleared once the decision is applied. */
  public static List<String> formFields() {
    List<String> fields = new ArrayList<>(List.of(DECISION, CHOSEN_SLOT, CHOSEN_MENTORS, REPLACE_MENTORS,
        EXTENSION_HOURS, NOTE));
    fields.addAll(NEW_SLOTS);
    return fields;
  }

  /** Reads the submitted form; a value of the wrong shape is refused with a message for the coordinator. */
  public static CoordinatorDecision of(Map<String, Object> values) {
    try {
      List<Instant> newSlots = new ArrayList<>();
      NEW_SLOTS.forEach(field -> FormValues.instant(values, field).ifPresent(newSlots::add));
      return new CoordinatorDecision(
          CoordinatorChoice.of(FormValues.text(values, DECISION).orElse("")),
          FormValues.text(values, CHOSEN_SLOT).map(Instant::parse).orElse(null),
          ids(values, CHOSEN_MENTORS),
          ids(values, REPLACE_MENTORS),
          FormValues.integer(values, EXTENSION_HOURS).orElse(null),
          newSlots,
          FormValues.text(values, NOTE).orElse(null));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new DecisionRejected("The form has a value that cannot be read: " + e.getMessage());
    }
  }

  private static List<UUID> ids(Map<String, Object> values, String field) {
    return FormValues.strings(values, field).stream().map(UUID::fromString).toList();
  }
}
