package org.mentra.sessions.events.analytics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as inline SVG by the page itself (no script, no library): the geometry is worked
 * out here, the template only writes it down. The chart scales with its viewBox, so it fits a phone as
 * well as a desktop page; every bar carries its value as text above it and as its tooltip.
 *
 * @param groups one group of bars per label (a month, a rating)
 * @param series the bars of each group, for the legend
 * @param gridLines a few horizontal lines with their values, so heights can be read
 */
record BarChart(String title, int width, int height, List<Series> series, List<Group> groups,
    List<GridLine> gridLines, int baseline) {

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int TOP = 24;
  private static final int BOTTOM = 36;
  private static final int LEFT = 32;
  private static final int RIGHT = 8;
  private static final int MAX_LABELS = 12;

  /** What one kind of bar shows, and its colour. */
  record Series(String name, String colour) {}

  /** The bars of one label, and where the label goes; {@code shown} is false where labels would crowd. */
  record Group(String label, double labelX, boolean shown, List<Bar> bars) {}

  /** One bar, its value written at {@code valueY}. */
  record Bar(String series, String colour, double x, double y, double width, double height, int value,
      double valueX, double valueY) {}

  record GridLine(double y, int value) {}

  /** The chart of these values: {@code values.get(g).get(s)} is group g's bar of series s. */
  static BarChart of(String title, List<Series> series, List<String> labels, List<List<Integer>> values) {
    int max = values.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    int top = niceCeiling(Math.max(max, 1));
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double baseline = HEIGHT - BOTTOM;
    double groupWidth = (WIDTH - LEFT - RIGHT) / (double) Math.max(labels.size(), 1);
    double barWidth = groupWidth * 0.76 / series.size();
    // At most a dozen labels under the bars; each bar's tooltip still names its group.
    int labelEvery = (labels.size() + MAX_LABELS - 1) / MAX_LABELS;
    List<Group> groups = new ArrayList<>();
    for (int g = 0; g < labels.size(); g++) {
      double groupX = LEFT + g * groupWidth + groupWidth * 0.12;
      List<Bar> bars = new ArrayList<>();
      for (int s = 0; s < series.size(); s++) {
        int value = values.get(g).get(s);
        double height = value * plotHeight / top;
        double x = groupX + s * barWidth;
        bars.add(new Bar(series.get(s).name(), series.get(s).colour(), round(x), round(baseline - height),
            round(barWidth - 1), round(height), value, round(x + barWidth / 2), round(baseline - height - 4)));
      }
      groups.add(new Group(labels.get(g), round(LEFT + g * groupWidth + groupWidth / 2), g % labelEvery == 0, bars));
    }
    List<GridLine> grid = new ArrayList<>();
    for (int value : top % 2 == 0 ? new int[] {0, top / 2, top} : new int[] {0, top}) {
      grid.add(new GridLine(round(baseline - value * plotHeight / top), value));
    }
    return new BarChart(title, WIDTH, HEIGHT, series, groups, grid, (int) baseline);
  }

  /** The left edge of the plot, where the grid's values are written. */
  public int left() {
    return LEFT;
  }

  /** The right edge of the plot. */
  public int right() {
    return WIDTH - RIGHT;
  }

  /** The smallest of 1, 2, 5, 10, 20, 50, … that is at least the value, so the grid reads in round numbers. */
  static int niceCeiling(int value) {
    int step = 1;
    while (true) {
      for (int factor : new int[] {1, 2, 5}) {
        if (step * factor >= value) {
          return step * factor;
        }
      }
      step *= 10;
    }
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
