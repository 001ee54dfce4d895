package dev.statsemulator.pushwoosh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.eventstore.BounceType;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;

import org.springframework.stereotype.Service;

/**
 * Messages' lifetime counts per platform, as messages:list reports them; every number
 * from the aggregation service, with a fixed number of queries for a whole page.
 */
@Service
class PushwooshMetricsService {

	static final Metric SENDS = Metric.all(EventType.SENT);

	static final Metric OPENS = Metric.all(EventType.OPENED);

	static final Metric DELIVERIES = Metric.all(EventType.DELIVERED);

	static final Metric INBOX_OPENS = Metric.all(EventType.INBOX_OPENED);

	static final Metric UNSHOWABLE = Metric.all(EventType.UNSHOWABLE);

	static final Metric BOUNCES = Metric.all(EventType.BOUNCED);

	static final Metric REJECTS = Metric.all(EventType.REJECTED);

	/**
	 * Failed delivery attempts: errors, like sends whose status is "error", but no sends
	 * (so confirmed sends stay the sends without an error status).
	 */
	static final Metric FAILURES = Metric.all(EventType.FAILED);

	static final Metric UNSUBS = Metric.all(EventType.UNSUBSCRIBED);

	static final Metric COMPLAINTS = Metric.all(EventType.COMPLAINED);

	/** The bounce types that are soft (a bounced event's detail is its type). */
	static final Set<String> SOFT_BOUNCES = Arrays.stream(BounceType.values())
		.filter((bounce) -> !bounce.hard())
		.map(BounceType::code)
		.collect(Collectors.toUnmodifiableSet());

	/** A sent event's detail is its status. */
	static final String SEND_ERROR = "error";

	private final AggregationService aggregation;

	PushwooshMetricsService(AggregationService aggregation) {
		this.aggregation = aggregation;
	}

	/**
	 * Push counts of messages, per message one row per platform with any activity; two
	 * aggregation queries however many messages.
	 */
	Map<String, List<MessagesListResponse.PushMetrics>> push(String workspaceId, Set<String> messageCodes) {
		List<Metric> metrics = List.of(SENDS, OPENS, DELIVERIES, INBOX_OPENS, UNSHOWABLE, FAILURES);
		Counts counts = count(workspaceId, metrics, CountFilter.messages(messageCodes), Dimension.MESSAGE_AND_PLATFORM);
		Counts errors = count(workspaceId, List.of(SENDS),
				CountFilter.messages(messageCodes).withDetails(Set.of(SEND_ERROR)), Dimension.MESSAGE_AND_PLATFORM);
		Map<String, List<MessagesListResponse.PushMetrics>> rows = new HashMap<>();
		for (Counts.MessageAndPlatform row : counts.messagesAndPlatforms(metrics)) {
			String group = row.group();
			rows.computeIfAbsent(row.message(), (code) -> new ArrayList<>())
				.add(new MessagesListResponse.PushMetrics(counts.total(SENDS, group), counts.total(OPENS, group),
						counts.total(DELIVERIES, group), counts.total(INBOX_OPENS, group),
						counts.total(UNSHOWABLE, group), errors.total(SENDS, group) + counts.total(FAILURES, group),
						platformCode(row.platform())));
		}
		rows.values().forEach((list) -> list.sort(Comparator.comparingInt(MessagesListResponse.PushMetrics::platform)));
		return rows;
	}

	/**
	 * Email counts of messages: per message one row (email messages have one platform),
	 * none without activity; three aggregation queries however many messages.
	 */
	Map<String, List<MessagesListResponse.EmailMetrics>> email(String workspaceId, Set<String> messageCodes) {
		List<Metric> metrics = List.of(SENDS, OPENS, DELIVERIES, REJECTS, UNSUBS, COMPLAINTS, BOUNCES, FAILURES);
		Counts counts = count(workspaceId, metrics, CountFilter.messages(messageCodes), Dimension.MESSAGE);
		// Soft bounces by their types; every other bounce (an unknown type too) is hard.
		Counts soft = count(workspaceId, List.of(BOUNCES), CountFilter.messages(messageCodes).withDetails(SOFT_BOUNCES),
				Dimension.MESSAGE);
		Counts errors = count(workspaceId, List.of(SENDS),
				CountFilter.messages(messageCodes).withDetails(Set.of(SEND_ERROR)), Dimension.MESSAGE);
		Map<String, List<MessagesListResponse.EmailMetrics>> rows = new HashMap<>();
		for (String code : messageCodes) {
			boolean active = metrics.stream().anyMatch((metric) -> counts.total(metric, code) > 0);
			if (!active) {
				continue;
			}
			long sends = counts.total(SENDS, code);
			long softBounces = soft.total(BOUNCES, code);
			long errorSends = errors.total(SENDS, code);
			long errorCount = errorSends + counts.total(FAILURES, code);
			rows.put(code,
					List.of(new MessagesListResponse.EmailMetrics(sends, counts.total(OPENS, code),
							counts.total(DELIVERIES, code), counts.total(BOUNCES, code) - softBounces, softBounces,
							counts.total(REJECTS, code), sends - errorSends, counts.total(UNSUBS, code),
							counts.total(COMPLAINTS, code), errorCount)));
		}
		return rows;
	}

	private Counts count(String workspaceId, List<Metric> metrics, CountFilter filter, Dimension groupBy) {
		return this.aggregation
			.count(CountQuery.totals(workspaceId, metrics, filter, PushwooshTimes.BEGINNING, PushwooshTimes.END)
				.groupedBy(groupBy));
	}

	/** Pushwoosh's numeric code of an emulator platform; 0 when unknown. */
	static int platformCode(String emulatorPlatform) {
		return PushwooshPlatform.ofEmulatorCode(emulatorPlatform).map(PushwooshPlatform::code).orElse(0);
	}

}
