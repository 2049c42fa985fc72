package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What keeps a coordinator page as narrow as a phone (390 px): a table of more than two columns is
 * either a list whose rows become cards there ({@code class="stack"}, every cell labelled with its
 * column's name in {@code data-label}) or a table of figures that scrolls on its own inside
 * {@code <div class="scroll">}; mentra.css has the rules for both. Without them the outbox list was
 * 744 px wide and the attendance page 1,006 px.
 */
public final class PhoneLayout {

  private static final Pattern TABLE = Pattern.compile("(?s)<table([^>]*)>(.*?)</table>");
  private static final Pattern HEADER = Pattern.compile("(?s)<th[^>]*>(.*?)</th>");
  private static final Pattern ROW = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>");
  private static final Pattern CELL = Pattern.compile("(?s)<td([^>]*)>");
  private static final Pattern LABEL = Pattern.compile("data-label=\"([^\"]*)\"");

  private PhoneLayout() {}

  /** Every wide table of the page is stacked with a label per cell, or scrolls; returns how many there are. */
  public static int assertEveryWideTableFits(String page) {
    int wide = 0;
    Matcher table = TABLE.matcher(page);
    while (table.find()) {
      String body = table.group(2);
      int headEnd = body.indexOf("</thead>");
      if (headEnd < 0) {
        continue; // a two-column table of facts (a header and a value per row) fits as it is
      }
      List<String> headers = new ArrayList<>();
      Matcher header = HEADER.matcher(body.substring(0, headEnd));
      while (header.find()) {
        headers.add(VisibleText.of(header.group(1)));
      }
      if (headers.size() <= 2) {
        continue;
      }
      wide++;
      boolean stacked = table.group(1).matches("(?s).*class=\"[^\"]*\\bstack\\b.*");
      boolean scrolls = page.substring(0, table.start()).stripTrailing().endsWith("<div class=\"scroll\">");
      assertThat(stacked || scrolls).as("a table with the columns %s is stacked on a phone or scrolls", headers)
          .isTrue();
      if (stacked) {
        Matcher row = ROW.matcher(body.substring(headEnd));
        while (row.find()) {
          List<String> labels = new ArrayList<>();
          Matcher cell = CELL.matcher(row.group(1));
          while (cell.find()) {
            Matcher label = LABEL.matcher(cell.group(1));
            labels.add(label.find() ? HtmlUtils.htmlUnescape(label.group(1)) : null);
          }
          if (labels.size() == 1 && row.group(1).contains("colspan=")) {
            continue; // "No mail yet."
          }
          assertThat(labels).as("each cell of a stacked row is labelled with its column's name").isEqualTo(headers);
        }
      }
    }
    return wide;
  }

  /**
   * An address shown as text (a meeting room's link) is in a cell that may break it ({@code td.wraps}):
   * unbroken, it widened a council's page on a phone.
   */
  public static void assertShownAddressesWrap(String page) {
    Matcher shown = Pattern.compile("<a [^>]*>https?://[^<]*</a>").matcher(page);
    while (shown.find()) {
      int cell = page.lastIndexOf("<td", shown.start());
      assertThat(cell).as("%s is in a table cell", shown.group()).isNotNegative();
      assertThat(page.substring(cell, page.indexOf('>', cell) + 1)).as("the cell of %s", shown.group())
          .contains("class=\"wraps\"");
    }
  }

  /** mentra.css turns a stacked table's rows into labelled cards on a narrow screen and lets a .scroll scroll. */
  public static void assertStylesheetStacksAndScrolls(String css) {
    Matcher media = Pattern.compile("(?s)@media \\(max-width: [0-9.]+rem\\) \\{(.*?)\\n}").matcher(css);
    assertThat(media.find()).as("a media query for narrow screens").isTrue();
    assertThat(media.group(1)).contains("table.stack thead", "table.stack tr", "display: block",
        "table.stack td[data-label]::before { content: attr(data-label);");
    assertThat(css).containsPattern("(?m)^\\.scroll \\{ overflow-x: auto; }");
  }
}
