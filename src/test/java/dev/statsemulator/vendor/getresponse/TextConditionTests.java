package dev.statsemulator.vendor.getresponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

}
