package dev.statsemulator.getresponse;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.Bucketing;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.MessageTimelineStore;
import dev.statsemulator.workspace.Workspace;

import org.springframework.stereotype.Service;

/**
 * get_message_stats: a message's counters per period of the workspace's calendar. The
 * method takes no time range, so the periods run from the message's first event to its
 * last. {@code created_on} selects periods by their date (the first day of a month or
 * year, the day of an hour), each listed whole; only periods with a positive counter are
 * listed, oldest first.
 */
@Service
class MessageStatisticsService {

	static final List<String> CONDITIONS = List.of("message", "grouping", "created_on");

	private final AggregationService aggregation;

	private final MessageTimelineStore timeline;

	private final GetResponseCatalogue catalogue;

	MessageStatisticsService(AggregationService aggregation, MessageTimelineStore timeline,
			GetResponseCatalogue catalogue) {
		this.aggregation = aggregation;
		this.timeline = timeline;
		this.catalogue = catalogue;
	}

	Map<String, MessageStats> stats(Workspace workspace, Conditions conditions) {
		ZoneId zone = workspace.timezone();
		String messageId = conditions.messageId("message");
		Grouping grouping = grouping(conditions);
		DateCondition createdOn = DateCondition.parse("created_on", conditions.get("created_on"), zone);
		if (messageId == null || this.catalogue.find(workspace.id(), messageId).isEmpty()) {
			throw new JsonRpcException(JsonRpcError.MISSING_MESSAGE);
		}
		Optional<MessageTimelineStore.Span> span = this.timeline.span(workspace.id(), messageId);
		if (span.isEmpty()) {
			return Map.of();
		}
		// Whole periods, from the one of the first event to the one of the last, narrowed
		// to those that can start inside created_on's dates; the dates then pick periods
		// below.
		Instant from = TimeBucketer.unitStart(span.get().first(), grouping.unit(), zone, DayOfWeek.MONDAY);
		Instant to = TimeBucketer.nextUnitStart(span.get().last(), grouping.unit(), zone, DayOfWeek.MONDAY);
		if (createdOn.from() != null) {
			Instant first = TimeBucketer.unitStart(createdOn.from(), grouping.unit(), zone, DayOfWeek.MONDAY);
			from = first.isAfter(from) ? first : from;
		}
		if (createdOn.to() != null) {
			Instant last = TimeBucketer.nextUnitStart(
					TimeBucketer.unitStart(createdOn.to(), grouping.unit(), zone, DayOfWeek.MONDAY), grouping.unit(),
					zone, DayOfWeek.MONDAY);
			to = last.isBefore(to) ? last : to;
		}
		if (!from.isBefore(to)) {
			return Map.of();
		}
		Counts counts;
		try {
			counts = this.aggregation.count(new CountQuery(workspace.id(), MessageStats.METRICS,
					CountFilter.message(messageId), from, to, Bucketing.of(grouping.unit(), zone), Dimension.DETAIL));
		}
		catch (IllegalArgumentException ex) {
			throw JsonRpcException.invalidParams(ex.getMessage() + " (narrow it with created_on)");
		}
		Map<String, MessageStats> periods = new LinkedHashMap<>();
		for (int i = 0; i < counts.buckets().size(); i++) {
			Instant start = counts.buckets().get(i).start();
			MessageStats stats = MessageStats.of(counts, i);
			// A period is listed whole when its date (its first day; the day of an hour)
			// satisfies every operator.
			if (createdOn.contains(start) && stats.anyPositive()) {
				periods.merge(grouping.key(start, zone), stats, MessageStats::plus);
			}
		}
		return periods;
	}

	private static Grouping grouping(Conditions conditions) {
		if (conditions.get("grouping") == null) {
			return Grouping.DAILY;
		}
		return Optional.of(conditions.get("grouping"))
			.filter((value) -> value.isString())
			.flatMap((value) -> Grouping.of(value.stringValue()))
			.orElseThrow(
					() -> JsonRpcException.invalidParams("grouping must be one of hourly, daily, monthly, yearly"));
	}

}
