package org.mentra.sessions.council.web;

import java.util.List;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.shared.TemplateModel;

/**
 * pages/council-availability: every proposed slot to mark, up to three proposals of the mentor's
 * own, a note, and one confirm button.
 *
 * @param slots each proposed slot as a row of the form, with the answer pre-selected
 * @param answers the choices each row offers
 * @param alternatives the proposal fields' values ({@code yyyy-MM-ddTHH:mm} in the mentor's zone, or empty)
 * @param noneClicked whether the mentor came by "None of these work for me"
 * @param calendarProblem why the mentor's own calendar could not be (fully) read, or null
 */
record AvailabilityPage(String title, String firstName, String menteeName, String topic, String goals, String zone,
    List<SlotRow> slots, List<Availability> answers, List<String> alternatives, String sessionLength, String note,
    boolean noneClicked, String deadline, String calendarProblem) implements TemplateModel {

  @Override
  public String template() {
    return "pages/council-availability";
  }

  /**
   * One proposed slot: the form field, the hours in the mentor's zone, the answer selected (a constant's
   * name or empty), and whether the mentor's calendar shows them busy then.
   */
  record SlotRow(String field, String label, String selected, boolean busy) {}
}
