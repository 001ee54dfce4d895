package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.MessageTimelineStore;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.Conversion;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.ConversionEvent;
import dev.statsemulator.pushwoosh.TotalsByIntervalsResponse.Interval;

import org.springframework.stereotype.Service;

import static dev.statsemulator.pushwoosh.PushwooshMetricsService.DELIVERIES;
import static dev.statsemulator.pushwoosh.PushwooshMetricsService.FAILURES;
import static dev.statsemulator.pushwoosh.PushwooshMetricsService.INBOX_OPENS;
import static dev.statsemulator.pushwoosh.PushwooshMetricsService.OPENS;
import static dev.statsemulator.pushwoosh.PushwooshMetricsService.SENDS;
import static dev.statsemulator.pushwoosh.PushwooshMetricsService.UNSHOWABLE;

/**
 * The work behind totalsByIntervals: a message's counts per UTC hour and platform, and
 * its conversion events.
 */
@Service
class TotalsByIntervalsService {

	private static final Metric CONVERSIONS = Metric.all(EventType.CONVERSION);

	private final EventStore events;

	private final MessageTimelineStore timeline;

	private final AggregationService aggregation;

	TotalsByIntervalsService(EventStore events, MessageTimelineStore timeline, AggregationService aggregation) {
		this.events = events;
		this.timeline = timeline;
		this.aggregation = aggregation;
	}

	TotalsByIntervalsResponse totals(TotalsByIntervalsRequest request, PushwooshAccess access) {
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
	 * however far apart: the aggregation service finds the spans with active hours.
	 */
	private List<Interval> intervals(String workspaceId, Instant first, Instant last, List<Metric> metrics,
			CountFilter filter) {
		List<Interval> rows = new ArrayList<>();
		for (TimeInterval span : this.aggregation.activeHourSpans(workspaceId, metrics, filter, first, last)) {
			rows.addAll(hourly(workspaceId, span.start(), span.end(), metrics, filter));
		}
		return rows;
	}

	/** Rows per (UTC hour, platform) with activity in [from, to). */
	private List<Interval> hourly(String workspaceId, Instant from, Instant to, List<Metric> metrics,
			CountFilter filter) {
		Counts counts = this.aggregation.count(CountQuery.totals(workspaceId, metrics, filter, from, to)
			.bucketedBy(Bucketing.of(BucketUnit.HOUR, ZoneOffset.UTC))
			.groupedBy(Dimension.PLATFORM));
		Counts errors = this.aggregation
			.count(CountQuery
				.totals(workspaceId, List.of(SENDS), filter.withDetails(Set.of(PushwooshMetricsService.SEND_ERROR)),
						from, to)
				.bucketedBy(Bucketing.of(BucketUnit.HOUR, ZoneOffset.UTC))
				.groupedBy(Dimension.PLATFORM));
		Set<String> active = new HashSet<>();
		metrics.forEach((metric) -> active.addAll(counts.groups(metric)));
		List<String> platforms = active.stream()
			.sorted(Comparator.comparingInt(PushwooshMetricsService::platformCode)
				.thenComparing(Comparator.naturalOrder()))
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
				rows.add(new Interval(timestamp, PushwooshMetricsService.platformCode(platform), Long.toString(sends),
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
