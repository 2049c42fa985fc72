package org.mentra.sessions.events.analytics.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mentra.sessions.events.analytics.HostAnalytics;
import org.mentra.sessions.events.analytics.HostAnalytics.Month;
import org.mentra.sessions.events.analytics.HostAnalyticsService;
import org.mentra.sessions.events.feedback.FeedbackSummary;
import org.mentra.sessions.mail.LocalTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' view of a host's analytics: the same figures as {@code GET /api/v1/hosts/{id}/analytics},
 * with charts of sign-ups and attendance per month and of the ratings. Only coordinators reach
 * /coordination (security chain). The page only reads, so it has no form and needs no CSRF token.
 */
@Controller
class HostAnalyticsPage {

  static final BarChart.Series REGISTRATIONS = new BarChart.Series("Registrations", "#2f6f62");
  /** Participants who came, on time or late. */
  static final BarChart.Series CAME = new BarChart.Series("Came", "#8fbcb2");
  static final BarChart.Series RATINGS = new BarChart.Series("Ratings", "#c58b2b");
  private static final int[] MONTH_CHOICES = {1, 3, 6, 12, 24};

  private final HostAnalyticsService analytics;

  HostAnalyticsPage(HostAnalyticsService analytics) {
    this.analytics = analytics;
  }

  @GetMapping("/coordination/hosts/{id}/analytics")
  String show(@PathVariable UUID id, @RequestParam(defaultValue = "" + HostAnalyticsService.DEFAULT_MONTHS) int months,
      Model model) {
    int shown = Math.max(1, Math.min(months, HostAnalyticsService.MAX_MONTHS));
    HostAnalytics figures = analytics.of(id, shown);
    HostAnalyticsView view = new HostAnalyticsView(figures,
        perMonth(figures.byMonth()), ratings(figures), MONTH_CHOICES,
        new LocalTimes(ZoneId.of(figures.zone()), Locale.ENGLISH));
    model.addAllAttributes(view.variables());
    return view.template();
  }

  private static BarChart perMonth(List<Month> months) {
    return BarChart.of("Registrations and attendance per month", List.of(REGISTRATIONS, CAME),
        months.stream().map(m -> m.label().substring(0, 3) + " " + m.month().substring(2, 4)).toList(),
        months.stream().map(m -> List.of(m.figures().registrations(),
            m.figures().attendance().attended() + m.figures().attendance().late())).toList());
  }

  private static BarChart ratings(HostAnalytics figures) {
    List<Integer> stars = IntStream.rangeClosed(FeedbackSummary.LOWEST, FeedbackSummary.HIGHEST)
        .boxed().toList();
    return BarChart.of("Ratings given", List.of(RATINGS), stars.stream().map(s -> s + (s == 1 ? " star" : " stars"))
        .toList(), stars.stream().map(s -> List.of(figures.ratingDistribution().getOrDefault(s, 0))).toList());
  }
}
