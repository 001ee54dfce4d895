package dev.statsemulator.vendor.pushwoosh;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventLog;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.vendor.pushwoosh.TotalsByIntervalsResponse.Conversion;
import dev.statsemulator.vendor.pushwoosh.TotalsByIntervalsResponse.ConversionEvent;
import dev.statsemulator.vendor.pushwoosh.TotalsByIntervalsResponse.Interval;
import dev.statsemulator.workspace.Accounts.PushwooshAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.statsemulator.vendor.pushwoosh.PushwooshMetrics.DELIVERIES;
import static dev.statsemulator.vendor.pushwoosh.PushwooshMetrics.INBOX_OPENS;
import static dev.statsemulator.vendor.pushwoosh.PushwooshMetrics.OPENS;
import static dev.statsemulator.vendor.pushwoosh.PushwooshMetrics.SENDS;
import static dev.statsemulator.vendor.pushwoosh.PushwooshMetrics.UNSHOWABLE;

/**
 * POST /api/v2/statistics/messages/totalsByIntervals: a message's counts per UTC hour and
 * platform, and its conversion events.
 */
@RestController
class TotalsByIntervalsController {

	private static final Metric CONVERSIONS = Metric.all(EventType.CONVERSION);

	private final EventStore events;

	private final EventLog log;

	private final AggregationService aggregation;

	TotalsByIntervalsController(EventStore events, EventLog log, AggregationService aggregation) {
		this.events = events;
		this.log = log;
		this.aggregation = aggregation;
	}

	@PostMapping(PushwooshEndpoints.TOTALS_BY_INTERVALS)
	TotalsByIntervalsResponse totals(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		TotalsByIntervalsRequest request = PushwooshJson.read(PushwooshJson.body(http), TotalsByIntervalsRequest.class);
		if (request.messageCode() == null || request.messageCode().isBlank()) {
			throw PushwooshException.badRequest("message_code: value is required");
		}
		String workspaceId = access.workspaceId();
		CatalogueMessage message = this.events.message(workspaceId, request.messageCode())
			.orElseThrow(() -> PushwooshException.notFound("message " + request.messageCode() + " not found"));
		if (message.application() == null || !access.mayRead(message.application())) {
			throw PushwooshException.applicationDenied(Objects.toString(message.application(), "(none)"));
		}
		CountFilter filter = CountFilter.message(message.id()).withPlatforms(filterPlatforms(request));
		List<Metric> metrics = List.of(SENDS, OPENS, DELIVERIES, INBOX_OPENS, UNSHOWABLE);
		List<Interval> rows = this.log.span(workspaceId, message.id())
			.map((span) -> hourly(workspaceId, span.first(), span.last(), metrics, filter))
			.orElse(List.of());
		Counts totals = this.aggregation.count(CountQuery.totals(workspaceId, List.of(SENDS, OPENS, CONVERSIONS),
				filter, PushwooshTimes.BEGINNING, PushwooshTimes.END));
		Counts conversions = this.aggregation.count(CountQuery
			.totals(workspaceId, List.of(CONVERSIONS), filter, PushwooshTimes.BEGINNING, PushwooshTimes.END)
			.groupedBy(Dimension.DETAIL));
		long opens = totals.total(OPENS);
		List<ConversionEvent> conversionEvents = new ArrayList<>();
		for (String name : conversions.groups(CONVERSIONS)) {
			long hits = conversions.total(CONVERSIONS, name);
			conversionEvents.add(new ConversionEvent(name, Long.toString(hits),
					(opens > 0) ? number((double) hits / opens) : 0, number(conversions.sum(CONVERSIONS, name, 0))));
		}
		return new TotalsByIntervalsResponse(rows,
				new Conversion(Long.toString(totals.total(SENDS)), Long.toString(opens), conversionEvents));
	}

	private static Set<String> filterPlatforms(TotalsByIntervalsRequest request) {
		if (request.platforms() == null || request.platforms().isEmpty()) {
			return Set.of();
		}
		Set<String> platforms = new HashSet<>();
		for (Integer code : request.platforms()) {
			// A code without an emulator platform matches no event.
			platforms.add((code != null)
					? PushwooshPlatform.ofCode(code).map(PushwooshPlatform::emulatorCode).orElse("unknown:" + code)
					: "unknown");
		}
		return platforms;
	}

	/** Rows per (UTC hour, platform) with activity, from the hour of the first event. */
	private List<Interval> hourly(String workspaceId, Instant first, Instant last, List<Metric> metrics,
			CountFilter filter) {
		Instant from = TimeBucketer.unitStart(first, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		Instant to = TimeBucketer.nextUnitStart(last, BucketUnit.HOUR, ZoneOffset.UTC, DayOfWeek.MONDAY);
		Counts counts;
		try {
			counts = this.aggregation.count(CountQuery.totals(workspaceId, metrics, filter, from, to)
				.bucketedBy(Bucketing.of(BucketUnit.HOUR, ZoneOffset.UTC))
				.groupedBy(Dimension.PLATFORM));
		}
		catch (IllegalArgumentException ex) {
			throw PushwooshException
				.badRequest("the message's events span more hours than can be reported: " + ex.getMessage());
		}
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
				if (sends + opens + deliveries + inboxOpens + unshowable == 0) {
					continue;
				}
				rows.add(new Interval(timestamp, PushwooshMetrics.platformCode(platform), Long.toString(sends),
						Long.toString(opens), Long.toString(deliveries), Long.toString(inboxOpens),
						Long.toString(unshowable), Long.toString(errors.count(SENDS, platform, bucket))));
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
