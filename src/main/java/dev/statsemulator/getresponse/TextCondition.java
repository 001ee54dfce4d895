package dev.statsemulator.getresponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * GetResponse's text operators, several combined with AND, all case insensitive: EQUALS
 * and NOT_EQUALS compare literally; CONTAINS and NOT_CONTAINS match the whole text
 * against a pattern where {@code %} is any text and {@code _} one character (SQL LIKE, so
 * {@code "my_campaign_%"} means "starts with"; a backslash makes {@code %}, {@code _} or
 * itself literal). A missing text (null) matches no operator, not even the negative ones,
 * as in SQL.
 */
final class TextCondition {

	static final TextCondition ANY = new TextCondition(List.of());

	private final List<Predicate<String>> tests;

	private TextCondition(List<Predicate<String>> tests) {
		this.tests = tests;
	}

	/**
	 * @param field the condition's name, for error texts
	 * @param node the operators as sent, e.g. {@code {"CONTAINS": "%news%"}}, or null
	 * @throws JsonRpcException (invalid params) for anything but upper-case text
	 * operators with text values
	 */
	static TextCondition parse(String field, JsonNode node) {
		if (node == null) {
			return ANY;
		}
		if (!node.isObject()) {
			throw JsonRpcException
				.invalidParams(field + " must be an object of text operators, e.g. {\"CONTAINS\": \"%news%\"}");
		}
		List<Predicate<String>> tests = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String operator = entry.getKey();
			JsonNode value = entry.getValue();
			if (!value.isString()) {
				throw JsonRpcException.invalidParams(field + ": " + operator + " needs a text value, got " + value);
			}
			String text = value.stringValue();
			tests.add(switch (operator) {
				case "EQUALS" -> (candidate) -> candidate.equalsIgnoreCase(text);
				case "NOT_EQUALS" -> (candidate) -> !candidate.equalsIgnoreCase(text);
				case "CONTAINS" -> LikePattern.compile(text);
				case "NOT_CONTAINS" -> LikePattern.compile(text).negate();
				default -> throw JsonRpcException.invalidParams(field + ": unknown text operator '" + operator
						+ "' (operators are upper case: EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS)");
			});
		}
		return new TextCondition(List.copyOf(tests));
	}

	boolean matches(String text) {
		if (this.tests.isEmpty()) {
			return true;
		}
		return text != null && this.tests.stream().allMatch((test) -> test.test(text));
	}

}
