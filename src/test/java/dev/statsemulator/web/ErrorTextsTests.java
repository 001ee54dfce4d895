package dev.statsemulator.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ErrorTextsTests {

	@Test
	void takesJavaNamesOut() {
		assertThat(
				ErrorTexts.withoutClassNames("Cannot deserialize value of type `java.util.ArrayList<java.lang.String>` "
						+ "from Object value (token `JsonToken.START_OBJECT`)"))
			.doesNotContain("java.")
			.startsWith("Cannot deserialize value of type");
		assertThat(ErrorTexts.withoutClassNames("Trailing token (of type START_OBJECT) found after value "
				+ "(bound as `tools.jackson.databind.JsonNode`): not allowed as per "
				+ "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"))
			.doesNotContain("tools.jackson")
			.doesNotContain("DeserializationFeature");
		assertThat(ErrorTexts.withoutClassNames("Unexpected error: DateTimeException")).doesNotContain("Exception");
	}

	@Test
	void isQuickOnAHugeMessage() {
		String huge = "no String-argument constructor ('" + "x".repeat(500_000) + "')";
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ErrorTexts.withoutClassNames(huge));
		assertThat(ErrorTexts.withoutClassNames(huge)).hasSizeLessThan(1100);
	}

}
