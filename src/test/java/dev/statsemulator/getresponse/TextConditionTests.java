package dev.statsemulator.getresponse;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TextConditionTests {

	private static TextCondition parse(String json) {
		return TextCondition.parse("subject", JsonMapper.shared().readTree(json));
	}

	@Test
	void equalsIsLiteralAndCaseInsensitive() {
		assertThat(parse("{\"EQUALS\":\"Big Sale\"}").matches("big SALE")).isTrue();
		assertThat(parse("{\"EQUALS\":\"Big%\"}").matches("Big Sale")).isFalse();
		assertThat(parse("{\"EQUALS\":\"Big%\"}").matches("big%")).isTrue();
		assertThat(parse("{\"NOT_EQUALS\":\"Big Sale\"}").matches("Big Sale")).isFalse();
		assertThat(parse("{\"NOT_EQUALS\":\"Big Sale\"}").matches("Small Sale")).isTrue();
	}

	@Test
	void containsMatchesTheWholeTextAgainstAPattern() {
		assertThat(parse("{\"CONTAINS\":\"my_campaign_%\"}").matches("My-Campaign-7 and more")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"my_campaign_%\"}").matches("the my_campaign_1")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"sale\"}").matches("Big sale")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"%sale\"}").matches("Big SALE")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"%\"}").matches("")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"a.c\"}").matches("abc")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"100\\\\%\"}").matches("100%")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"100\\\\%\"}").matches("1000")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"%\\nline%\"}").matches("first\nline two")).isTrue();
		assertThat(parse("{\"NOT_CONTAINS\":\"%sale%\"}").matches("Winter Sale")).isFalse();
		assertThat(parse("{\"NOT_CONTAINS\":\"%sale%\"}").matches("News")).isTrue();
	}

	@Test
	void operatorsCombineWithAndAndNothingMatchesAMissingText() {
		TextCondition both = parse("{\"CONTAINS\":\"%sale%\",\"NOT_EQUALS\":\"big sale\"}");
		assertThat(both.matches("Small sale")).isTrue();
		assertThat(both.matches("Big Sale")).isFalse();
		assertThat(parse("{\"NOT_EQUALS\":\"x\"}").matches(null)).isFalse();
		assertThat(TextCondition.ANY.matches(null)).isTrue();
	}

	@Test
	void onlyUpperCaseOperatorsWithTextValues() {
		assertThatThrownBy(() -> parse("{\"contains\":\"x\"}")).isInstanceOf(JsonRpcException.class);
		assertThatThrownBy(() -> parse("{\"EQUALS\":5}")).isInstanceOf(JsonRpcException.class);
		assertThatThrownBy(() -> parse("\"x\"")).isInstanceOf(JsonRpcException.class);
	}

	@Test
	void wildcardsKeepTheirMeaningInRunsAndAtTheEdges() {
		assertThat(parse("{\"CONTAINS\":\"%%%sale%%\"}").matches("Big sale today")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"%%%sale%%\"}").matches("Big deal")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"%_%\"}").matches("")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"%_%\"}").matches("x")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"__\"}").matches("ab")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"__\"}").matches("abc")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"a%b%c\"}").matches("aXbYbZc")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"a%b%c\"}").matches("aXbYbZcd")).isFalse();
		assertThat(parse("{\"CONTAINS\":\"%ab\"}").matches("aab")).isTrue();
		// One _ is one character, even outside the BMP; a trailing backslash is literal.
		assertThat(parse("{\"CONTAINS\":\"_ sale\"}").matches("\uD83D\uDE00 sale")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"sale\\\\\"}").matches("SALE\\")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"\\\\_%\"}").matches("_x")).isTrue();
		assertThat(parse("{\"CONTAINS\":\"\\\\_%\"}").matches("ax")).isFalse();
		// Unicode case folding, as before.
		assertThat(parse("{\"CONTAINS\":\"%\u00c9T\u00c9\"}").matches("Un \u00e9t\u00e9")).isTrue();
	}

	@Test
	void patternsOfManyWildcardsAnswerFastOnLongTexts() {
		String subject = "a".repeat(20_000);
		String wildcards = "%".repeat(10_000) + "zzz";
		// %a%a%a...%b: no run to collapse, a backtracking matcher explodes on it.
		String alternating = "%a".repeat(2_000) + "%b";
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			assertThat(parse("{\"CONTAINS\":\"%%%%%%%%%%zzz\"}").matches(subject)).isFalse();
			assertThat(parse("{\"CONTAINS\":\"" + wildcards + "\"}").matches(subject)).isFalse();
			assertThat(parse("{\"NOT_CONTAINS\":\"" + wildcards + "\"}").matches(subject)).isTrue();
			assertThat(parse("{\"CONTAINS\":\"" + alternating + "\"}").matches(subject)).isFalse();
			assertThat(parse("{\"CONTAINS\":\"" + alternating + "\"}").matches(subject + "b")).isTrue();
			assertThat(parse("{\"CONTAINS\":\"" + "%_".repeat(5_000) + "%\"}").matches(subject)).isTrue();
		});
	}

}
