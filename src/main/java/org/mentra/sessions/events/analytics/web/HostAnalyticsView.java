package org.mentra.sessions.events.analytics.web;

import org.mentra.sessions.events.analytics.HostAnalytics;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.shared.TemplateModel;

/**
 * {@code pages/host-analytics}: a host's figures, the two charts drawn from them, and times in the
 * host's zone (the zone the months are in).
 */
record HostAnalyticsView(HostAnalytics analytics, BarChart perMonth, BarChart ratings,
    int[] monthChoices, LocalTimes times) implements TemplateModel {

  @Override
  public String template() {
    return "pages/host-analytics";
  }
}
