package dev.statsemulator.tellody;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ReportRequestReaderTests {

	/** The grammar as a regular expression (the detector's former, backtracking form). */
	private static final Pattern FORM = Pattern
		.compile("[A-Za-z_][\\w.%-]*=[^{}\\[\\]\"]*(&[A-Za-z_][\\w.%-]*=[^{}\\[\\]\"]*)*");

	@Test
	void formEncodedBodiesAreWhatTheFormGrammarSays() {
		String[] samples = { "from=1437426000000&to=1437512399999&unit=hour&window=day&dow=0", "a=", "a=1&b",
				"_x.y%2-z=1", "a=1&=2", "a=b=c", "a==", "1a=1", "-a=1", "a", "=1", "", "a=\"1\"", "a={}", "a=[1]",
				"{\"from\":1}", "a b=1", "a=1 2", "a=1&b=}", "Content-Type=application%2Fjson&X-XSRF-TOKEN=abc",
				"\u00e9=1", "a\u00e9=1", "a=\u00e9" };
		for (String sample : samples) {
			assertThat(ReportRequestReader.isFormEncoded(sample)).as(sample).isEqualTo(FORM.matcher(sample).matches());
		}
	}

	@Test
	void detectionIsOnePassOverLongBodies() {
		String almostForm = "a=1" + "&a=1".repeat(200_000) + "\"";
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertThat(ReportRequestReader.isFormEncoded(almostForm)).isFalse();
			assertThat(ReportRequestReader.isFormEncoded(almostForm.substring(0, almostForm.length() - 1))).isTrue();
		});
	}

}
