package dev.statsemulator.rocketchat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JsIsoInstantTests {

	@ParameterizedTest
	@ValueSource(strings = { "2023-05-20T00:00:00.000Z", "2023-10-29T14:48:00.000Z", "2024-02-29T23:59:59.999Z",
			"0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "+010000-01-01T00:00:00.000Z",
			"-000001-01-01T00:00:00.000Z", "+275760-09-13T00:00:00.000Z" })
	void acceptsWhatToIsoStringWrites(String text) {
		assertThat(JsIsoInstant.parse(text)).isPresent();
		assertThat(JsIsoInstant.format(JsIsoInstant.parse(text).orElseThrow())).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-05-20", "2023-05-20T00:00:00Z", "2023-05-20T00:00:00.000+00:00",
			"2023-05-20T00:00:00.0Z", "2023-05-20T00:00:00.0000Z", "2023-05-20T00:00:00.000z",
			"2023-05-20 00:00:00.000Z", "2023-02-29T00:00:00.000Z", "2023-05-20T24:00:00.000Z",
			"2023-13-01T00:00:00.000Z", "2023-05-20T00:60:00.000Z", "-000000-01-01T00:00:00.000Z",
			"+002023-05-20T00:00:00.000Z", "+275760-09-13T00:00:00.001Z", " 2023-05-20T00:00:00.000Z", "", "now" })
	void rejectsEverythingElse(String text) {
		assertThat(JsIsoInstant.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "0, 1970-01-01T00:00:00.000Z", "1684540800000, 2023-05-20T00:00:00.000Z",
			"-1, 1969-12-31T23:59:59.999Z", "253402300800000, +010000-01-01T00:00:00.000Z",
			"-62198755200000, -000001-01-01T00:00:00.000Z" })
	void formatsLikeJavaScript(long millis, String expected) {
		assertThat(JsIsoInstant.format(Instant.ofEpochMilli(millis))).isEqualTo(expected);
	}

}
