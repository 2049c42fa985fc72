package org.mentra.sessions.events.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the page's bar charts: heights in proportion, round grid values, labels that do not crowd. */
class BarChartTest {

  private static final List<BarChart.Series> TWO = List.of(new BarChart.Series("A", "#000"),
      new BarChart.Series("B", "#fff"));

  @Test
  void barsStandOnOneBaselineInProportionToTheirValuesUnderARoundTop() {
    BarChart chart = BarChart.of("t", TWO, List.of("Jan", "Feb"), List.of(List.of(8, 4), List.of(0, 2)));

    assertThat(chart.gridLines()).extracting(BarChart.GridLine::value).containsExactly(0, 5, 10);
    List<BarChart.Bar> jan = chart.groups().get(0).bars();
    assertThat(jan.get(0).height()).isEqualTo(2 * jan.get(1).height());
    assertThat(jan.get(0).y() + jan.get(0).height()).isEqualTo(chart.baseline());
    assertThat(chart.groups().get(1).bars().get(0).height()).isZero();
    double plot = chart.baseline() - chart.gridLines().get(2).y();
    assertThat(jan.get(0).height()).isEqualTo(Math.round(plot * 0.8 * 10) / 10.0);
    assertThat(chart.groups().get(1).bars().get(0).x()).isGreaterThan(jan.get(1).x() + jan.get(1).width());
    assertThat(chart.groups().stream().flatMap(g -> g.bars().stream())
        .allMatch(b -> b.x() + b.width() <= BarChart.WIDTH)).isTrue();
  }

  @Test
  void roundTopsAndNothingToShow() {
    assertThat(List.of(1, 2, 3, 5, 6, 11, 20, 21, 99, 101).stream().map(BarChart::niceCeiling))
        .containsExactly(1, 2, 5, 5, 10, 20, 20, 50, 100, 200);
    BarChart empty = BarChart.of("t", TWO, List.of("Jan"), List.of(List.of(0, 0)));
    assertThat(empty.gridLines()).extracting(BarChart.GridLine::value).containsExactly(0, 1);
    assertThat(empty.groups().get(0).bars()).allSatisfy(b -> assertThat(b.height()).isZero());
  }

  @Test
  void twoYearsOfMonthsShowEveryOtherLabel() {
    List<String> labels = java.util.stream.IntStream.range(0, 24).mapToObj(i -> "m" + i).toList();
    BarChart chart = BarChart.of("t", TWO, labels, labels.stream().map(l -> List.of(1, 1)).toList());

    assertThat(chart.groups().stream().filter(BarChart.Group::shown).count()).isEqualTo(12);
    assertThat(chart.groups().get(0).shown()).isTrue();
    assertThat(chart.groups().get(1).shown()).isFalse();
  }
}
