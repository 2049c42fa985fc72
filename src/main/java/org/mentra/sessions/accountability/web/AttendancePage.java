package org.mentra.sessions.accountability.web;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceOverviews;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.mentra.sessions.accountability.PauseService;

/**
 * The coordinators' attendance view: rates per month, session and host, and who is paused now
 * (with a button to lift a pause early). Only coordinators reach /coordination (security chain).
 */
@Controller
@RequestMapping("/coordination/attendance")
class AttendancePage {

  private final AttendanceOverviews overviews;
  private final PauseService pauses;
  private final LocalTimes times;

  AttendancePage(AttendanceOverviews overviews, PauseService pauses,
      Coordinators coordinators) {
    this.overviews = overviews;
    this.pauses = pauses;
    this.times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
  }

  @GetMapping
  String show(@RequestParam(defaultValue = "6") int months, Model model) {
    int shown = Math.max(1, Math.min(months, AttendanceOverviews.MAX_MONTHS));
    AttendanceView view = new AttendanceView(overviews.lastMonths(shown), pauses.pausedNow(), shown,
        AttendanceOverviews.MAX_SESSIONS, times);
    model.addAllAttributes(view.variables());
    return view.template();
  }

  @PostMapping("/paused/{personId}/lift")
  String lift(@PathVariable UUID personId, @RequestParam(required = false) String note, Principal coordinator,
      RedirectAttributes redirect) {
    boolean lifted = pauses.liftEarly(personId, coordinator.getName(), note);
    redirect.addFlashAttribute("notice", lifted ? "The pause is lifted; they have been told by email."
        : "There was no running pause to lift.");
    return "redirect:/coordination/attendance";
  }
}
