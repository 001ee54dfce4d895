package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.IntRange;

import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.CountFilter;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;
import dev.statsemulator.eventstore.Platform;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL: any permutation and batching of the same events gives identical counts,
 * and those counts equal a brute-force count over the events themselves, bucket by
 * bucket.
 */
class OrderIndependenceIT {

	private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Athens"),
			ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Australia/Lord_Howe"));

	private static final List<EventType> TYPES = List.of(EventType.SENT, EventType.OPENED, EventType.CLICKED,
			EventType.GOAL, EventType.CONVERSION);

	private static RunningEmulator emulator;

	private static synchronized RunningEmulator emulator() {
		if (emulator == null) {
			emulator = RunningEmulator.postgres(Map.of());
		}
		return emulator;
	}

	@AfterContainer
	static void stop() {
		if (emulator != null) {
			emulator.close();
			emulator = null;
		}
	}

	@Property(tries = 12)
	void anyOrderAndBatchingGivesTheBruteForceCounts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int batch,
			@ForAll @IntRange(min = 0, max = 4) int zoneIndex, @ForAll BucketUnit unit) {
		Random random = new Random(seed);
		ZoneId zone = ZONES.get(zoneIndex);
		Instant start = Instant.parse("2024-03-20T00:00:00Z");
		// A range that is not slot-aligned at either end, with events crowding both ends,
		// so the
		// exact slivers at the edges are exercised as much as the stored buckets.
		Instant from = start.plusMillis((long) (random.nextDouble() * 30 * 86_400_000L));
		Instant to = start.plusMillis(370L * 86_400_000 + (long) (random.nextDouble() * 30 * 86_400_000L));
		List<Event> events = new ArrayList<>();
		int count = 50 + random.nextInt(250);
		for (int i = 0; i < count; i++) {
			EventType type = TYPES.get(random.nextInt(TYPES.size()));
			double roll = random.nextDouble();
			Instant near = (roll < 0.2) ? from : to;
			Instant at = (roll < 0.4) ? near.plusMillis(random.nextInt(3_600_000) - 1_800_000)
					: start.plusMillis((long) (random.nextDouble() * 400L * 86_400_000));
			events.add(new Event(null, type, at, Channel.PUSH, random.nextBoolean() ? Platform.IOS : Platform.ANDROID,
					"m" + random.nextInt(3), null, null, "c" + random.nextInt(20), null, null, null, null, null,
					(type == EventType.CONVERSION) ? "purchase" : null, null, null, null,
					(type == EventType.SENT) ? "success" : null));
		}
		String ordered = workspace(zone);
		ingest(ordered, events, events.size());
		String shuffled = workspace(zone);
		List<Event> permutation = new ArrayList<>(events);
		Collections.shuffle(permutation, random);
		ingest(shuffled, permutation, batch);

		AggregationService aggregation = emulator().bean(AggregationService.class);
		List<Metric> metrics = List.of(Metric.all(EventType.SENT), Metric.all(EventType.OPENED),
				Metric.firstOf(EventType.OPENED), Metric.firstOf(EventType.CLICKED), Metric.all(EventType.CONVERSION));
		Bucketing bucketing = new Bucketing((unit == BucketUnit.HOUR) ? BucketUnit.DAY : unit, zone,
				DayOfWeek.of(1 + random.nextInt(7)));
		CountFilter filter = random.nextBoolean() ? CountFilter.ANY : CountFilter.message("m1");
		Counts first = aggregation
			.count(new CountQuery(ordered, metrics, filter, from, to, bucketing, Dimension.PLATFORM));
		Counts second = aggregation
			.count(new CountQuery(shuffled, metrics, filter, from, to, bucketing, Dimension.PLATFORM));

		Map<Metric, long[]> expected = bruteForce(events, metrics, filter, first.buckets());
		for (Metric metric : metrics) {
			assertThat(first.series(metric)).as(metric.code()).isEqualTo(expected.get(metric));
			assertThat(second.series(metric)).as(metric.code()).isEqualTo(expected.get(metric));
			assertThat(first.total(metric)).isEqualTo(java.util.Arrays.stream(expected.get(metric)).sum());
			for (String platform : List.of("ios", "android")) {
				for (int i = 0; i < first.buckets().size(); i++) {
					assertThat(second.count(metric, platform, i)).isEqualTo(first.count(metric, platform, i));
				}
			}
		}
	}

	/**
	 * Counts straight from the events: a bucket holds the events whose time lies inside
	 * it.
	 */
	private static Map<Metric, long[]> bruteForce(List<Event> events, List<Metric> metrics, CountFilter filter,
			List<TimeInterval> buckets) {
		Map<String, Event> firsts = new HashMap<>();
		Comparator<Event> earliest = Comparator.comparing(Event::at)
			.thenComparing((Event event) -> event.channel().code())
			.thenComparing(Event::platformCode);
		for (Event event : events) {
			if (event.type().firstOccurrenceTracked()) {
				firsts.merge(event.type() + "/" + event.message() + "/" + event.contact(), event,
						(a, b) -> (earliest.compare(a, b) <= 0) ? a : b);
			}
		}
		Map<Metric, long[]> expected = new HashMap<>();
		for (Metric metric : metrics) {
			long[] series = new long[buckets.size()];
			List<Event> source = metric.first() ? new ArrayList<>(firsts.values()) : events;
			for (Event event : source) {
				if (event.type() != metric.type()
						|| (filter.messageKey() != null && !filter.messageKey().equals(event.message()))) {
					continue;
				}
				for (int i = 0; i < buckets.size(); i++) {
					if (buckets.get(i).contains(event.at())) {
						series[i]++;
					}
				}
			}
			expected.put(metric, series);
		}
		return expected;
	}

	private static String workspace(ZoneId zone) {
		String id = "prop-" + UUID.randomUUID().toString().substring(0, 8);
		emulator().bean(WorkspaceService.class).put(id, WorkspaceSettings.inTimezone(zone.getId()));
		return id;
	}

	private static void ingest(String workspace, List<Event> events, int batch) {
		EventStore store = emulator().bean(EventStore.class);
		for (int i = 0; i < events.size(); i += batch) {
			store.ingest(workspace, events.subList(i, Math.min(events.size(), i + batch)));
		}
	}

}
