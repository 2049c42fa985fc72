package org.mentra.sessions.events.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.PhoneLayout;
import org.mentra.sessions.support.VisibleText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /coordination/hosts/{id}/analytics: the API's figures in tables and in SVG charts the page draws itself. */
class HostAnalyticsPageTest extends HostAnalyticsTest {

  @Test
  void theChartsShowTheFiguresOfEachMonthAndEveryRating() {
    Scenario s = twoMonths();

    ResponseEntity<String> response = coordinator().getForEntity(page(s) + "?months=2", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String page = response.getBody();
    List<String> charts = svgs(page);
    assertThat(charts).hasSize(2);
    assertThat(values(charts.get(0))).as("February: 6 registered, 3 came; March: 1 and 1")
        .containsExactly("6", "3", "1", "1");
    assertThat(charts.get(0)).contains("<title>Feb 31, Registrations: 6</title>", "<title>Mar 31, Came: 1</title>",
        ">Feb 31</text>", ">Mar 31</text>");
    assertThat(values(charts.get(1))).as("1 to 5 stars").containsExactly("0", "1", "0", "1", "1");
    assertThat(page).contains("<td id=\"total-events\">3</td>", "<td id=\"total-registrations\">7</td>",
        "<td id=\"total-attendance\">57%</td>", "<td id=\"total-no-shows\">29%</td>",
        "<td id=\"total-rating\">3.67 of 5 (3 ratings)</td>");
    assertThat(VisibleText.of(page)).contains(s.first().getTitle(), s.third().getTitle(), "America/New_York",
        "February 2031", "March 2031");
    assertThat(VisibleText.codesIn(VisibleText.of(page))).isEmpty();
  }

  @Test
  void itFitsAPhoneAndIsForCoordinatorsOnly() {
    Scenario s = twoMonths();

    String page = coordinator().getForEntity(page(s), String.class).getBody();

    assertThat(PhoneLayout.assertEveryWideTableFits(page)).as("the months scroll, the events become cards")
        .isEqualTo(2);
    for (String svg : svgs(page)) {
      String open = svg.substring(0, svg.indexOf('>'));
      assertThat(open).as("scales to the page's width").contains("width=\"100%\"", "viewBox=\"0 0 640 240\"")
          .doesNotContain("height=\"");
    }
    assertThat(page).contains("name=\"viewport\"").doesNotContain("<script", "https://cdn");
    assertThat(as(s.host()).getForEntity(page(s), String.class).getStatusCode())
        .as("the host reads theirs through the API").isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static String page(Scenario s) {
    return "/coordination/hosts/" + s.host().getId() + "/analytics";
  }

  private static List<String> svgs(String page) {
    return Pattern.compile("(?s)<svg.*?</svg>").matcher(page).results().map(MatchResult::group).toList();
  }

  /** The numbers written above the bars, in order. */
  private static List<String> values(String svg) {
    return Pattern.compile("<text class=\"value\"[^>]*>([^<]*)</text>").matcher(svg).results()
        .map(m -> m.group(1)).toList();
  }
}
