package org.mentra.sessions.events.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.feedback.FeedbackSummary.Rated;
import org.mentra.sessions.events.feedback.FeedbackSummary.RecentComment;

/** The summary's arithmetic: averages rounded half up to two decimals, all five ratings counted, latest comments first. */
class FeedbackSummaryTest {

  private static final Instant T = Instant.parse("2031-03-01T10:00:00Z");

  @Test
  void averagesAreRoundedHalfUpToTwoDecimalsAndNothingRatedHasNoAverage() {
    assertThat(FeedbackSummary.average(List.of(5, 4, 4))).isEqualTo(4.33);
    assertThat(FeedbackSummary.average(List.of(5, 5, 4))).isEqualTo(4.67);
    assertThat(FeedbackSummary.average(List.of(1, 2))).isEqualTo(1.5);
    assertThat(FeedbackSummary.average(List.of(3, 4, 4, 4, 4, 4, 4, 4))).as("3.875 rounds up").isEqualTo(3.88);
    assertThat(FeedbackSummary.average(List.of())).isNull();
  }

  @Test
  void theDistributionHasAllFiveRatingsInOrder() {
    assertThat(FeedbackSummary.distribution(List.of(5, 1, 5, 4)))
        .containsExactly(Map.entry(1, 1), Map.entry(2, 0), Map.entry(3, 0), Map.entry(4, 1), Map.entry(5, 2));
    assertThat(FeedbackSummary.distribution(List.of())).containsOnlyKeys(1, 2, 3, 4, 5).allSatisfy((k, v) ->
        assertThat(v).isZero());
  }

  @Test
  void theLatestCommentsComeFirstBlankOnesAreLeftOutAndOnlyAllowedNamesShow() {
    List<Rated> ratings = List.of(
        new Rated(5, "Lovely", "Ann", T),
        new Rated(4, "   ", "Ben", T.plusSeconds(60)),
        new Rated(2, "Too short", null, T.plusSeconds(120)),
        new Rated(3, null, null, T.plusSeconds(180)),
        new Rated(1, "Muted all along", null, T.plusSeconds(240)));

    FeedbackSummary summary = FeedbackSummary.of(ratings, 2);

    assertThat(summary.count()).isEqualTo(5);
    assertThat(summary.average()).isEqualTo(3.0);
    assertThat(summary.recentComments()).containsExactly(
        new RecentComment("Muted all along", null, T.plusSeconds(240)),
        new RecentComment("Too short", null, T.plusSeconds(120)));
    assertThat(FeedbackSummary.of(ratings, 10).recentComments()).extracting(RecentComment::name)
        .containsExactly(null, null, "Ann");
  }
}
