package dev.statsemulator.client;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTests {

	@Test
	void readsAndWritesEveryKindOfValue() {
		String text = "{\"a\":[1,2.5,\"x\\\"y\\u00e9\",true,false,null],\"b\":{}}";
		Map<String, Object> parsed = Json.parseObject(text);
		assertEquals(List.of(1L, new BigDecimal("2.5"), "x\"yé", true, false),
				((List<?>) parsed.get("a")).subList(0, 5));
		assertEquals(text.replace("\\u00e9", "é"), Json.write(parsed));
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("line", "a\nb");
		assertEquals("{\"line\":\"a\\nb\"}", Json.write(ordered));
	}

	@Test
	void refusesBrokenJson() {
		assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":"));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("[1,]x"));
		assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[]"));
	}

}
