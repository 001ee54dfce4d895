package dev.statsemulator.pushwoosh;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.MessageTimeline;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.Conversion;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.ConversionEvent;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.Interval;
import dev.statsemulator.workspace.Accounts.PushwooshAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.statsemulator.pushwoosh.PushwooshMetrics.DELIVERIES;
import static dev.statsemulator.pushwoosh.PushwooshMetrics.FAILURES;
import static dev.statsemulator.pushwoosh.PushwooshMetrics.INBOX_OPENS;
import static dev.statsemulator.pushwoosh.PushwooshMetrics.OPENS;
import static dev.statsemulator.pushwoosh.PushwooshMetrics.SENDS;
import static dev.statsemulator.pushwoosh.PushwooshMetrics.UNSHOWABLE;

/**
 * POST /api/v2/statistics/messages/totalsByIntervals: a message's counts per UTC hour and
 * platform, and its conversion events.
 */
@RestController
class TotalsByIntervalsController {

	private static final Metric CONVERSIONS = Metric.all(EventType.CONVERSION);

	/** Years per day query: 200 years of days stay below the bucket limit. */
	private static final int MAX_YEARS_PER_QUERY = 200;

	/**
	 * Up to this long between a message's first and last event, its hours are read in one
	 * query, without looking for the active days first.
	 */
	private static final Duration DIRECT_HOURS = Duration.ofDays(92);

	/** Days per hour query: 4000 days of hours stay below the bucket limit. */
	private static final int MAX_DAYS_PER_QUERY = 4000;

	private final EventStore events;

	private final MessageTimeline timeline;

	private final AggregationService aggregation;

	TotalsByIntervalsController(EventStore events, MessageTimeline timeline, AggregationService aggregation) {
		this.events = events;
		this.timeline = timeline;
		this.aggregation = aggregation;
	}

	@PostMapping(PushwooshEndpoints.TOTALS_BY_INTERVALS)
	TotalsByIntervalsResponse totals(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		TotalsByIntervalsRequest request = PushwooshJson.read(PushwooshJson.body(http), TotalsByIntervalsRequest.class);
		if (request.messageCode() == null || request.messageCode().isBlank()) {
			throw PushwooshException.badRequest("message_code: value is required");
		}
		String workspaceId = access.workspaceId();
		// A message without an application belongs to no token: as unknown as a message
		// that does not exist.
		CatalogueMessage message = this.events.message(workspaceId, request.messageCode())
			.filter((found) -> found.application() != null)
			.orElseThrow(() -> PushwooshException.notFound("message " + request.messageCode() + " not found"));
		if (!access.mayRead(message.application())) {
			throw PushwooshException.applicationDenied(message.application());
		}
		CountFilter filter = CountFilter.message(message.id()).withPlatforms(filterPlatforms(request));
		List<Metric> metrics = List.of(SENDS, OPENS, DELIVERIES, INBOX_OPENS, UNSHOWABLE, FAILURES);
		List<Interval> rows = this.timeline.span(workspaceId, message.id())
			.map((span) -> intervals(workspaceId, span.first(), span.last(), metrics, filter))
			.orElse(List.of());
		// The hours span all of the message's events, so they add up to its totals.
		long sends = rows.stream().mapToLong((row) -> Long.parseLong(row.sends())).sum();
		long opens = rows.stream().mapToLong((row) -> Long.parseLong(row.opens())).sum();
		Counts conversions = this.aggregation.count(CountQuery
			.totals(workspaceId, List.of(CONVERSIONS), filter, PushwooshTimes.BEGINNING, PushwooshTimes.END)
			.groupedBy(Dimension.DETAIL));
		List<ConversionEvent> conversionEvents = new ArrayList<>();
		for (String name : conversions.groups(CONVERSIONS)) {
			long hits = conversions.total(CONVERSIONS, name);
			conversionEvents.add(new ConversionEvent(name, Long.toString(hits),
					(opens > 0) ? number((double) hits / opens) : 0, number(conversions.sum(CONVERSIONS, name, 0))));
		}
		return new TotalsByIntervalsResponse(rows,
				new Conversion(Long.toString(sends), Long.toString(opens), conversionEvents));
	}

	private static Set<String> filterPlatforms(TotalsByIntervalsRequest request) {
		if (request.platforms() == null || request.platforms().isEmpty()) {
			return Set.of();
		}
		ListFilters.check("platforms", request.platforms());
		Set<String> platforms = new HashSet<>();
		for (Integer code : request.platforms()) {
			// A code without an emulator platform matches no event.
			platforms.add((code != null)
					? PushwooshPlatform.ofCode(code).map(PushwooshPlatform::emulatorCode).orElse("unknown:" + code)
					: "unknown");
		}
		return platforms;
	}

	/**
	 * Rows per (UTC hour, platform) with activity between the first and the last event,
	 * however far apart: for a span of more than {@link #DIRECT_HOURS}, the active UTC
	 * years first, then the active days in them, then hours only within runs of active
	 * days. The cost follows the active days, not the span.
	 */
	private List<Interval> intervals(String workspaceId, Instant first, Instant last, List<Metric> metrics,
			CountFilter filter) {
		if (Duration.between(first, last).compareTo(DIRECT_HOURS) <= 0) {
			// Most messages: the hours between the first and the last event, at once.
			return hourly(workspaceId, TimeBucketer.unitStart(first, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY),
					TimeBucketer.nextUnitStart(last, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY), metrics,
					filter);
		}
		Instant from = TimeBucketer.unitStart(first, BucketUnit.YEAR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		Instant to = TimeBucketer.nextUnitStart(last, BucketUnit.YEAR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		List<TimeInterval> activeDays = new ArrayList<>();
		for (TimeInterval years : runs(active(workspaceId, metrics, filter, from, to, BucketUnit.YEAR),
				MAX_YEARS_PER_QUERY)) {
			activeDays.addAll(active(workspaceId, metrics, filter, years.start(), years.end(), BucketUnit.DAY));
		}
		List<Interval> rows = new ArrayList<>();
		for (TimeInterval days : runs(activeDays, MAX_DAYS_PER_QUERY)) {
			rows.addAll(hourly(workspaceId, days.start(), days.end(), metrics, filter));
		}
		return rows;
	}

	/** The buckets of {@code unit} in [from, to) with any of the metrics. */
	private List<TimeInterval> active(String workspaceId, List<Metric> metrics, CountFilter filter, Instant from,
			Instant to, BucketUnit unit) {
		Counts counts = this.aggregation.count(CountQuery.totals(workspaceId, metrics, filter, from, to)
			.bucketedBy(Bucketing.of(unit, ZoneOffset.UTC)));
		List<TimeInterval> active = new ArrayList<>();
		for (int bucket = 0; bucket < counts.buckets().size(); bucket++) {
			int index = bucket;
			if (metrics.stream().anyMatch((metric) -> counts.count(metric, index) > 0)) {
				active.add(counts.buckets().get(bucket));
			}
		}
		return active;
	}

	/**
	 * Consecutive intervals joined into runs of at most {@code maxPerRun} of them, so one
	 * query reads a run within the aggregation service's bucket limit.
	 */
	static List<TimeInterval> runs(List<TimeInterval> intervals, int maxPerRun) {
		List<TimeInterval> runs = new ArrayList<>();
		Instant start = null;
		Instant end = null;
		int length = 0;
		for (TimeInterval interval : intervals) {
			if (start != null && interval.start().equals(end) && length < maxPerRun) {
				end = interval.end();
				length++;
				continue;
			}
			if (start != null) {
				runs.add(new TimeInterval(start, end));
			}
			start = interval.start();
			end = interval.end();
			length = 1;
		}
		if (start != null) {
			runs.add(new TimeInterval(start, end));
		}
		return runs;
	}

	/** Rows per (UTC hour, platform) with activity in [from, to). */
	private List<Interval> hourly(String workspaceId, Instant from, Instant to, List<Metric> metrics,
			CountFilter filter) {
		Counts counts = this.aggregation.count(CountQuery.totals(workspaceId, metrics, filter, from, to)
			.bucketedBy(Bucketing.of(BucketUnit.HOUR, ZoneOffset.UTC))
			.groupedBy(Dimension.PLATFORM));
		Counts errors = this.aggregation.count(CountQuery
			.totals(workspaceId, List.of(SENDS), filter.withDetails(Set.of(PushwooshMetrics.SEND_ERROR)), from, to)
			.bucketedBy(Bucketing.of(BucketUnit.HOUR, ZoneOffset.UTC))
			.groupedBy(Dimension.PLATFORM));
		Set<String> active = new HashSet<>();
		metrics.forEach((metric) -> active.addAll(counts.groups(metric)));
		List<String> platforms = active.stream()
			.sorted(Comparator.comparingInt(PushwooshMetrics::platformCode).thenComparing(Comparator.naturalOrder()))
			.toList();
		List<Interval> rows = new ArrayList<>();
		for (int bucket = 0; bucket < counts.buckets().size(); bucket++) {
			String timestamp = PushwooshTimes.format(PushwooshTimes.SPACED, counts.buckets().get(bucket).start());
			for (String platform : platforms) {
				long sends = counts.count(SENDS, platform, bucket);
				long opens = counts.count(OPENS, platform, bucket);
				long deliveries = counts.count(DELIVERIES, platform, bucket);
				long inboxOpens = counts.count(INBOX_OPENS, platform, bucket);
				long unshowable = counts.count(UNSHOWABLE, platform, bucket);
				long failures = counts.count(FAILURES, platform, bucket);
				if (sends + opens + deliveries + inboxOpens + unshowable + failures == 0) {
					continue;
				}
				rows.add(new Interval(timestamp, PushwooshMetrics.platformCode(platform), Long.toString(sends),
						Long.toString(opens), Long.toString(deliveries), Long.toString(inboxOpens),
						Long.toString(unshowable), Long.toString(errors.count(SENDS, platform, bucket) + failures)));
			}
		}
		return rows;
	}

	/**
	 * A float as the vendor writes it: whole values without a fraction ({@code 0}, not
	 * {@code 0.0}).
	 */
	static Number number(double value) {
		if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
			return (long) value;
		}
		return value;
	}

}
