package dev.statsemulator.aggregation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Moved from PushwooshEdgesTests with the query planning it tests. */
class ActiveSpansTests {

	@Test
	void consecutiveIntervalsJoinIntoBoundedRuns() {
		List<TimeInterval> days = List.of(day(1), day(2), day(3), day(5), day(6), day(7), day(8));
		assertThat(ActiveSpans.runs(days, 3)).containsExactly(span(1, 4), span(5, 8), span(8, 9));
		assertThat(ActiveSpans.runs(days, 10)).containsExactly(span(1, 4), span(5, 9));
		assertThat(ActiveSpans.runs(List.of(), 10)).isEmpty();
	}

	private static TimeInterval day(int day) {
		return span(day, day + 1);
	}

	private static TimeInterval span(int from, int to) {
		return new TimeInterval(Instant.ofEpochSecond(from * 86_400L), Instant.ofEpochSecond(to * 86_400L));
	}

}
