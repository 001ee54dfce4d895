package dev.statsemulator.control;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventTimes;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.eventstore.Platform;
import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vendor-neutral stats endpoint: bucketed counts of one event type, every bucket of
 * the range present (zeros included), oldest first.
 */
@RestController
@RequestMapping("/_emulator/v1/workspaces/{id}/stats")
class StatsController {

	/** Default range: the last 30 local days, today included. */
	private static final int DEFAULT_DAYS = 30;

	private final WorkspaceService workspaces;

	private final AggregationService aggregation;

	private final EmulatorClock clock;

	StatsController(WorkspaceService workspaces, AggregationService aggregation, EmulatorClock clock) {
		this.workspaces = workspaces;
		this.aggregation = aggregation;
		this.clock = clock;
	}

	/**
	 * The answer of the stats endpoint.
	 *
	 * @param type the counted event type
	 * @param unique whether only first occurrences per (message, contact) were counted
	 * @param unit the bucket unit
	 * @param timezone the zone of the calendar
	 * @param firstDayOfWeek the day weeks start on
	 * @param from start of the range
	 * @param to end of the range (exclusive)
	 * @param total the count over the whole range
	 * @param buckets every bucket of the range, oldest first
	 */
	record StatsResponse(String type, boolean unique, String unit, String timezone, String firstDayOfWeek, String from,
			String to, long total, List<BucketCount> buckets) {
	}

	/**
	 * @param start the bucket's start, ISO-8601 with the zone's offset
	 * @param count events in the bucket
	 */
	record BucketCount(String start, long count) {
	}

	@GetMapping
	StatsResponse stats(@PathVariable String id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "day") String unit, @RequestParam(required = false) String timezone,
			@RequestParam(defaultValue = "MONDAY") String firstDayOfWeek,
			@RequestParam(defaultValue = "false") boolean unique, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String platform, @RequestParam(required = false) String message) {
		Workspace workspace = this.workspaces.require(id);
		List<String> problems = new ArrayList<>();
		EventType eventType = parseType(type, problems);
		BucketUnit bucketUnit = BucketUnit.parse(unit).orElse(null);
		if (bucketUnit == null) {
			problems.add("unit: '" + unit + "' must be one of hour, day, week, month, year");
		}
		ZoneId zone = parseZone(timezone, workspace.timezone(), problems);
		DayOfWeek firstDay = parseDayOfWeek(firstDayOfWeek, problems);
		Set<Channel> channels = parseList(channel, "channel", Channel::fromCode, problems);
		Set<Platform> platforms = parseList(platform, "platform", Platform::fromCode, problems);
		if (eventType != null && unique && !eventType.firstOccurrenceTracked()) {
			problems.add("unique: first occurrences are tracked for opened, clicked and goal only");
		}
		Instant end = (to != null) ? parseTime("to", to, zone, problems)
				: TimeBucketer.nextUnitStart(this.clock.now(), BucketUnit.DAY, zone, firstDay);
		Instant start = (from != null) ? parseTime("from", from, zone, problems)
				: (end != null) ? TimeBucketer.plusLocalDays(end, -DEFAULT_DAYS, zone) : null;
		if (start != null && end != null && end.isBefore(start)) {
			problems.add("to: must not be before from");
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException("Invalid stats query", problems);
		}
		Metric metric = new Metric(eventType, unique);
		CountFilter filter = new CountFilter(channels,
				platforms.stream().map(Platform::code).collect(Collectors.toSet()), message, Set.of());
		Counts counts = this.aggregation.count(new CountQuery(id, List.of(metric), filter, start, end,
				new Bucketing(bucketUnit, zone, firstDay), Dimension.NONE));
		List<BucketCount> buckets = new ArrayList<>(counts.buckets().size());
		for (int i = 0; i < counts.buckets().size(); i++) {
			TimeInterval bucket = counts.buckets().get(i);
			buckets.add(new BucketCount(format(bucket.start(), zone), counts.count(metric, i)));
		}
		return new StatsResponse(eventType.code(), unique, bucketUnit.label(), zone.getId(), firstDay.name(),
				format(start, zone), format(end, zone), counts.total(metric), buckets);
	}

	private static String format(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
	}

	private static EventType parseType(String type, List<String> problems) {
		String all = Arrays.stream(EventType.values()).map(EventType::code).collect(Collectors.joining(", "));
		if (type == null) {
			problems.add("type: is required, one of " + all);
			return null;
		}
		return EventType.fromCode(type).orElseGet(() -> {
			problems.add("type: '" + type + "' must be one of " + all);
			return null;
		});
	}

	private static ZoneId parseZone(String timezone, ZoneId fallback, List<String> problems) {
		if (timezone == null) {
			return fallback;
		}
		try {
			return ZoneId.of(timezone);
		}
		catch (DateTimeException ex) {
			problems.add("timezone: '" + timezone + "' is not a time zone id (use an IANA name such as Europe/Athens)");
			return fallback;
		}
	}

	private static DayOfWeek parseDayOfWeek(String value, List<String> problems) {
		try {
			return DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("firstDayOfWeek: '" + value + "' must be a day name such as MONDAY or SUNDAY");
			return DayOfWeek.MONDAY;
		}
	}

	private static <T> Set<T> parseList(String value, String name,
			java.util.function.Function<String, java.util.Optional<T>> parser, List<String> problems) {
		Set<T> parsed = new LinkedHashSet<>();
		if (value == null || value.isBlank()) {
			return parsed;
		}
		for (String part : value.split(",")) {
			parser.apply(part.trim())
				.ifPresentOrElse(parsed::add,
						() -> problems.add(name + ": '" + part.trim() + "' is not a valid " + name));
		}
		return parsed;
	}

	/** An ISO-8601 instant with offset, or a date meaning local midnight in the zone. */
	private static Instant parseTime(String name, String raw, ZoneId zone, List<String> problems) {
		Optional<Instant> parsed = ControlTimes.instantOrDate(raw, zone);
		if (parsed.isEmpty()) {
			problems.add(name + ": '" + ControlTimes.queryValue(raw)
					+ "' must be an ISO-8601 instant with offset (2024-08-03T00:00:00Z) or a date (2024-08-03), "
					+ ControlTimes.RANGE);
			return null;
		}
		return parsed.get();
	}

}
