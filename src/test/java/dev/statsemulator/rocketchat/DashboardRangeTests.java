package dev.statsemulator.rocketchat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.statsemulator.rocketchat.RocketChatErrors.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DashboardRangeTests {

	@Test
	void readsPercentEncodedInstants() {
		DashboardRange range = DashboardRange
			.parse("start=2023-05-20T00%3A00%3A00.000Z&end=2023-05-30T00:00:00.000Z&utc=true");
		assertThat(range.start()).isEqualTo(Instant.parse("2023-05-20T00:00:00Z"));
		assertThat(range.end()).isEqualTo(Instant.parse("2023-05-30T00:00:00Z"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", value = { "NULL | Match error: Missing key 'start'",
			"end=2023-05-30T00:00:00.000Z | Match error: Missing key 'start'",
			"start=2023-05-20T00:00:00.000Z | Match error: Missing key 'end'",
			"start=2023-05-20 | Match error: Failed Match.Where validation in field start",
			// a present key is checked before a missing one
			"end=2023-05-30 | Match error: Failed Match.Where validation in field end",
			// present keys in the order of the query string
			"end=x&start=y | Match error: Failed Match.Where validation in field end",
			"start=y&end=x | Match error: Failed Match.Where validation in field start",
			"start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00+00:00 | Match error: Failed Match.Where validation in field end",
			"start=2023-05-20T00:00:00.000Z&start=2023-05-21T00:00:00.000Z&end=2023-05-30T00:00:00.000Z | Match error: Failed Match.Where validation in field start",
			"start[]=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000Z | Match error: Failed Match.Where validation in field start",
			"start=&end=2023-05-30T00:00:00.000Z | Match error: Failed Match.Where validation in field start",
			"start&end=2023-05-30T00:00:00.000Z | Match error: Failed Match.Where validation in field start",
			"start=%E0%A4%A&end=2023-05-30T00:00:00.000Z | Match error: Failed Match.Where validation in field start" })
	void failsLikeMeteorsCheck(String query, String error) {
		RocketChatException ex = catchThrowableOfType(RocketChatException.class, () -> DashboardRange.parse(query));
		assertThat(ex.status().value()).isEqualTo(400);
		assertThat(ex.body()).isEqualTo(new Failure(false, error));
	}

}
