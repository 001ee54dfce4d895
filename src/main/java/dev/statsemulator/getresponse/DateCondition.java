package dev.statsemulator.getresponse;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.TimeBucketer;

/**
 * GetResponse's time operators on dates ({@code YYYY-MM-DD}, days of the workspace's
 * calendar), several combined with AND: FROM and TO (inclusive), AT, and the comparison
 * operators EQUALS, LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS. The result is a
 * range of instants {@code [from, to)}; either end may be open (null).
 *
 * @param from first instant inside, or null for no lower bound
 * @param to first instant after, or null for no upper bound
 */
record DateCondition(Instant from, Instant to) {

	static final DateCondition ANY = new DateCondition(null, null);

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String OPERATORS = "FROM, TO, AT, EQUALS, LESS, LESS_OR_EQUALS, GREATER, GREATER_OR_EQUALS";

	/**
	 * @param field the condition's name, for error texts
	 * @param node the operators as sent, e.g. {@code {"FROM": "2010-01-01"}}, or null
	 * @throws JsonRpcException (invalid params) for anything but upper-case time
	 * operators on valid dates
	 */
	static DateCondition parse(String field, JsonNode node, ZoneId zone) {
		if (node == null) {
			return ANY;
		}
		if (!node.isObject()) {
			throw JsonRpcException
				.invalidParams(field + " must be an object of time operators, e.g. {\"FROM\": \"2010-01-01\"}");
		}
		DateCondition condition = ANY;
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String operator = entry.getKey();
			LocalDate date = date(field, operator, entry.getValue());
			Instant dayStart = TimeBucketer.startOfDay(date, zone);
			Instant nextDayStart = TimeBucketer.nextUnitStart(dayStart, BucketUnit.DAY, zone, DayOfWeek.MONDAY);
			condition = switch (operator) {
				case "FROM", "GREATER_OR_EQUALS" -> condition.and(dayStart, null);
				case "TO", "LESS_OR_EQUALS" -> condition.and(null, nextDayStart);
				case "AT", "EQUALS" -> condition.and(dayStart, nextDayStart);
				case "LESS" -> condition.and(null, dayStart);
				case "GREATER" -> condition.and(nextDayStart, null);
				default -> throw JsonRpcException.invalidParams(field + ": unknown time operator '" + operator
						+ "' (operators are upper case: " + OPERATORS + ")");
			};
		}
		return condition;
	}

	private static LocalDate date(String field, String operator, JsonNode value) {
		if (value != null && value.isString() && DATE.matcher(value.stringValue()).matches()) {
			try {
				return LocalDate.parse(value.stringValue());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw JsonRpcException.invalidParams(field + ": " + operator + " needs a date in YYYY-MM-DD format, got "
				+ ((value != null) ? value.toString() : "nothing"));
	}

	/** Both conditions at once (AND). */
	DateCondition and(Instant from, Instant to) {
		Instant newFrom = (this.from == null || (from != null && from.isAfter(this.from))) ? from : this.from;
		Instant newTo = (this.to == null || (to != null && to.isBefore(this.to))) ? to : this.to;
		return new DateCondition(newFrom, newTo);
	}

	/** Whether the instant satisfies every operator. */
	boolean contains(Instant instant) {
		return (this.from == null || !instant.isBefore(this.from)) && (this.to == null || instant.isBefore(this.to));
	}

}
