package dev.statsemulator.vendor.pushwoosh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.eventstore.BounceType;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;

import org.springframework.stereotype.Component;

/**
 * A message's lifetime counts per platform, as messages:list reports them; every number
 * from the aggregation service.
 */
@Component
class PushwooshMetrics {

	static final Metric SENDS = Metric.all(EventType.SENT);

	static final Metric OPENS = Metric.all(EventType.OPENED);

	static final Metric DELIVERIES = Metric.all(EventType.DELIVERED);

	static final Metric INBOX_OPENS = Metric.all(EventType.INBOX_OPENED);

	static final Metric UNSHOWABLE = Metric.all(EventType.UNSHOWABLE);

	static final Metric BOUNCES = Metric.all(EventType.BOUNCED);

	static final Metric REJECTS = Metric.all(EventType.REJECTED);

	static final Metric UNSUBS = Metric.all(EventType.UNSUBSCRIBED);

	static final Metric COMPLAINTS = Metric.all(EventType.COMPLAINED);

	/** A sent event's detail is its status. */
	static final String SEND_ERROR = "error";

	private final AggregationService aggregation;

	PushwooshMetrics(AggregationService aggregation) {
		this.aggregation = aggregation;
	}

	/** Push counts of one message, one row per platform with any activity. */
	List<MessagesListResponse.PushMetrics> push(String workspaceId, String messageCode) {
		Counts counts = byPlatform(workspaceId, messageCode, List.of(SENDS, OPENS, DELIVERIES, INBOX_OPENS, UNSHOWABLE),
				Set.of());
		Counts errors = byPlatform(workspaceId, messageCode, List.of(SENDS), Set.of(SEND_ERROR));
		List<MessagesListResponse.PushMetrics> rows = new ArrayList<>();
		for (String platform : platforms(counts, SENDS, OPENS, DELIVERIES, INBOX_OPENS, UNSHOWABLE)) {
			rows.add(new MessagesListResponse.PushMetrics(counts.total(SENDS, platform), counts.total(OPENS, platform),
					counts.total(DELIVERIES, platform), counts.total(INBOX_OPENS, platform),
					counts.total(UNSHOWABLE, platform), errors.total(SENDS, platform), platformCode(platform)));
		}
		rows.sort(Comparator.comparingInt(MessagesListResponse.PushMetrics::platform));
		return rows;
	}

	/**
	 * Email counts of one message: one row (email messages have one platform), none
	 * without activity.
	 */
	List<MessagesListResponse.EmailMetrics> email(String workspaceId, String messageCode) {
		List<Metric> metrics = List.of(SENDS, OPENS, DELIVERIES, REJECTS, UNSUBS, COMPLAINTS);
		Counts counts = this.aggregation.count(CountQuery.totals(workspaceId, metrics, CountFilter.message(messageCode),
				PushwooshTimes.BEGINNING, PushwooshTimes.END));
		Counts bounces = this.aggregation.count(
				CountQuery
					.totals(workspaceId, List.of(BOUNCES), CountFilter.message(messageCode), PushwooshTimes.BEGINNING,
							PushwooshTimes.END)
					.groupedBy(Dimension.DETAIL));
		Counts errors = this.aggregation.count(CountQuery.totals(workspaceId, List.of(SENDS),
				CountFilter.message(messageCode).withDetails(Set.of(SEND_ERROR)), PushwooshTimes.BEGINNING,
				PushwooshTimes.END));
		long hard = 0;
		long soft = 0;
		for (String bounce : bounces.groups(BOUNCES)) {
			long count = bounces.total(BOUNCES, bounce);
			if (BounceType.fromCode(bounce).map(BounceType::hard).orElse(true)) {
				hard += count;
			}
			else {
				soft += count;
			}
		}
		long sends = counts.total(SENDS);
		long errorCount = errors.total(SENDS);
		boolean active = hard + soft > 0 || metrics.stream().anyMatch((metric) -> counts.total(metric) > 0);
		if (!active) {
			return List.of();
		}
		return List.of(new MessagesListResponse.EmailMetrics(sends, counts.total(OPENS), counts.total(DELIVERIES), hard,
				soft, counts.total(REJECTS), sends - errorCount, counts.total(UNSUBS), counts.total(COMPLAINTS),
				errorCount));
	}

	private Counts byPlatform(String workspaceId, String messageCode, List<Metric> metrics, Set<String> details) {
		return this.aggregation.count(
				CountQuery
					.totals(workspaceId, metrics, CountFilter.message(messageCode).withDetails(details),
							PushwooshTimes.BEGINNING, PushwooshTimes.END)
					.groupedBy(Dimension.PLATFORM));
	}

	private static Set<String> platforms(Counts counts, Metric... metrics) {
		Set<String> platforms = new TreeSet<>();
		for (Metric metric : metrics) {
			platforms.addAll(counts.groups(metric));
		}
		return platforms;
	}

	/** Pushwoosh's numeric code of an emulator platform; 0 when unknown. */
	static int platformCode(String emulatorPlatform) {
		return PushwooshPlatform.ofEmulatorCode(emulatorPlatform).map(PushwooshPlatform::code).orElse(0);
	}

}
