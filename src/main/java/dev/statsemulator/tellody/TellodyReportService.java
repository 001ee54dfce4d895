package dev.statsemulator.tellody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;

import org.springframework.stereotype.Service;

/**
 * Maps Tellody's reports onto aggregation queries: which event types each activity key
 * counts, over which buckets.
 */
@Service
class TellodyReportService {

	/**
	 * Every workspace's credit bundle: one credit per SMS or email attempt, what is left
	 * never goes below zero and nothing is ever blocked (decided: the vendor documents
	 * the fields, not the pricing).
	 */
	static final long CREDIT_BUNDLE = 100_000;

	private static final Metric CONTACT_ADDED = Metric.all(EventType.CONTACT_ADDED);

	private static final Metric GROUP_ADDED = Metric.all(EventType.GROUP_ADDED);

	private static final Metric OPTOUT_COMPLETED = Metric.all(EventType.OPTOUT_COMPLETED);

	private static final Metric CONTACT_SERVED = Metric.all(EventType.CONTACT_SERVED);

	private static final Metric SENT = Metric.all(EventType.SENT);

	private static final Metric DOWNLOADED = Metric.all(EventType.DOWNLOADED);

	private static final Metric OPTOUT_REQUESTED = Metric.all(EventType.OPTOUT_REQUESTED);

	private static final Metric CLICKED = Metric.all(EventType.CLICKED);

	private static final Metric VOUCHER_VIEWED = Metric.all(EventType.VOUCHER_VIEWED);

	private static final List<Metric> CODE_METRICS = List.of(SENT, DOWNLOADED, OPTOUT_REQUESTED, CLICKED,
			VOUCHER_VIEWED);

	private static final String SMS = Channel.SMS.code();

	private static final String EMAIL = Channel.EMAIL.code();

	private final AggregationService aggregation;

	private final EmulatorClock clock;

	TellodyReportService(AggregationService aggregation, EmulatorClock clock) {
		this.aggregation = aggregation;
		this.clock = clock;
	}

	ContactChartResponse contactChart(String workspaceId, CalendarWindow window) {
		Counts counts = this.aggregation
			.count(new CountQuery(workspaceId, List.of(CONTACT_ADDED, GROUP_ADDED, OPTOUT_COMPLETED, CONTACT_SERVED),
					CountFilter.ANY, window.start(), window.end(), window.bucketing(), Dimension.NONE));
		return new ContactChartResponse(series(counts, CONTACT_ADDED), series(counts, GROUP_ADDED),
				series(counts, OPTOUT_COMPLETED), series(counts, CONTACT_SERVED));
	}

	/** Totals over {@code [from, to]}, both inclusive, any period. */
	UniqueCodeTotals uniqueCodeTotals(String workspaceId, long from, long to) {
		Counts counts = this.aggregation
			.count(codeQuery(workspaceId, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to).plusMillis(1)));
		return new UniqueCodeTotals(counts.total(SENT, SMS), counts.total(DOWNLOADED), counts.total(OPTOUT_REQUESTED),
				counts.total(CLICKED), counts.total(VOUCHER_VIEWED), counts.total(SENT, EMAIL));
	}

	UniqueCodeSeries uniqueCodeSeries(String workspaceId, CalendarWindow window) {
		Counts counts = this.aggregation
			.count(codeQuery(workspaceId, window.start(), window.end()).bucketedBy(window.bucketing()));
		return new UniqueCodeSeries(series(counts, SENT, SMS), series(counts, DOWNLOADED),
				series(counts, OPTOUT_REQUESTED), series(counts, CLICKED), series(counts, VOUCHER_VIEWED),
				series(counts, SENT, EMAIL));
	}

	/**
	 * Credits spent: the workspace's SMS and email attempts up to the emulator's "now".
	 */
	long creditsSpent(String workspaceId) {
		Counts counts = this.aggregation.count(codeQuery(workspaceId, Instant.EPOCH, this.clock.now().plusMillis(1)));
		return counts.total(SENT, SMS) + counts.total(SENT, EMAIL);
	}

	/** SMS and email sends broken down by channel, and the code activities. */
	private static CountQuery codeQuery(String workspaceId, Instant from, Instant to) {
		return CountQuery.totals(workspaceId, CODE_METRICS, CountFilter.ANY, from, to).groupedBy(Dimension.CHANNEL);
	}

	private static List<Long> series(Counts counts, Metric metric) {
		List<Long> series = new ArrayList<>(counts.buckets().size());
		for (int i = 0; i < counts.buckets().size(); i++) {
			series.add(counts.count(metric, i));
		}
		return series;
	}

	private static List<Long> series(Counts counts, Metric metric, String channel) {
		List<Long> series = new ArrayList<>(counts.buckets().size());
		for (int i = 0; i < counts.buckets().size(); i++) {
			series.add(counts.count(metric, channel, i));
		}
		return series;
	}

}
