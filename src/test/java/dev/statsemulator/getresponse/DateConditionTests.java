package dev.statsemulator.getresponse;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateConditionTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static DateCondition parse(String json) {
		return DateCondition.parse("created_on", JsonMapper.shared().readTree(json), WARSAW);
	}

	@Test
	void datesAreLocalDaysAndToIsInclusive() {
		DateCondition range = parse("{\"FROM\":\"2010-01-01\",\"TO\":\"2010-01-31\"}");
		assertThat(range.from()).isEqualTo(Instant.parse("2009-12-31T23:00:00Z"));
		assertThat(range.to()).isEqualTo(Instant.parse("2010-01-31T23:00:00Z"));
		assertThat(range.contains(Instant.parse("2009-12-31T22:59:59.999Z"))).isFalse();
		assertThat(range.contains(Instant.parse("2009-12-31T23:00:00Z"))).isTrue();
		assertThat(range.contains(Instant.parse("2010-01-31T22:59:59.999Z"))).isTrue();
		assertThat(range.contains(Instant.parse("2010-01-31T23:00:00Z"))).isFalse();
	}

	@Test
	void everyOperatorNarrowsTheRange() {
		assertThat(parse("{\"AT\":\"2024-03-31\"}"))
			.isEqualTo(new DateCondition(Instant.parse("2024-03-30T23:00:00Z"), Instant.parse("2024-03-31T22:00:00Z")));
		assertThat(parse("{\"EQUALS\":\"2024-03-31\"}")).isEqualTo(parse("{\"AT\":\"2024-03-31\"}"));
		assertThat(parse("{\"LESS\":\"2024-03-31\"}"))
			.isEqualTo(new DateCondition(null, Instant.parse("2024-03-30T23:00:00Z")));
		assertThat(parse("{\"LESS_OR_EQUALS\":\"2024-03-31\"}"))
			.isEqualTo(new DateCondition(null, Instant.parse("2024-03-31T22:00:00Z")));
		assertThat(parse("{\"GREATER\":\"2024-03-31\"}"))
			.isEqualTo(new DateCondition(Instant.parse("2024-03-31T22:00:00Z"), null));
		assertThat(parse("{\"GREATER_OR_EQUALS\":\"2024-03-31\"}"))
			.isEqualTo(new DateCondition(Instant.parse("2024-03-30T23:00:00Z"), null));
		// AND: the narrowest bounds win, whatever the order.
		assertThat(parse("{\"FROM\":\"2024-01-05\",\"GREATER_OR_EQUALS\":\"2024-01-02\",\"TO\":\"2024-01-10\","
				+ "\"LESS\":\"2024-01-20\"}"))
			.isEqualTo(new DateCondition(Instant.parse("2024-01-04T23:00:00Z"), Instant.parse("2024-01-10T23:00:00Z")));
		assertThat(parse("{}")).isEqualTo(DateCondition.ANY);
		assertThat(DateCondition.parse("created_on", null, WARSAW)).isEqualTo(DateCondition.ANY);
	}

	@Test
	void onlyUpperCaseOperatorsOnValidDates() {
		assertThatThrownBy(() -> parse("{\"from\":\"2024-01-01\"}")).isInstanceOf(JsonRpcException.class)
			.satisfies((ex) -> assertThat(((JsonRpcException) ex).error().code()).isEqualTo(-32602));
		assertThatThrownBy(() -> parse("{\"FROM\":\"2024-1-1\"}")).isInstanceOf(JsonRpcException.class);
		assertThatThrownBy(() -> parse("{\"FROM\":\"2023-02-29\"}")).isInstanceOf(JsonRpcException.class);
		assertThatThrownBy(() -> parse("{\"FROM\":20240101}")).isInstanceOf(JsonRpcException.class);
		assertThatThrownBy(() -> parse("[\"FROM\"]")).isInstanceOf(JsonRpcException.class);
	}

}
