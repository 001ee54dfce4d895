package dev.statsemulator.aggregation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
 * On PostgreSQL: one count of several messages broken down by message and platform equals
 * the per-message counts broken down by platform, bucket by bucket, over stored buckets
 * and exact slivers alike; messages outside the set are not counted.
 */
class MessageAndPlatformCountsIT {

	private static RunningEmulator emulator;

	@AfterAll
	static void stop() {
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	void oneQueryForManyMessagesEqualsOneQueryPerMessage() {
		emulator = RunningEmulator.postgres(Map.of());
		Random random = new Random(42);
		String workspace = "mp-" + UUID.randomUUID().toString().substring(0, 8);
		emulator.bean(WorkspaceService.class)
			.put(workspace, WorkspaceSettings.inTimezone(ZoneId.of("Asia/Kathmandu").getId()));
		Instant start = Instant.parse("2024-03-20T00:00:00Z");
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			EventType type = random.nextBoolean() ? EventType.SENT : EventType.OPENED;
			events.add(new Event(null, type, start.plusMillis((long) (random.nextDouble() * 20 * 86_400_000L)),
					Channel.PUSH, random.nextBoolean() ? Platform.IOS : Platform.ANDROID, "m" + random.nextInt(4), null,
					null, "c" + random.nextInt(50), null, null, null, null, null, null, null, null, null,
					(type == EventType.SENT) ? (random.nextInt(5) == 0 ? "error" : "success") : null));
		}
		emulator.bean(EventStore.class).ingest(workspace, events);
		AggregationService aggregation = emulator.bean(AggregationService.class);
		List<Metric> metrics = List.of(Metric.all(EventType.SENT), Metric.all(EventType.OPENED));
		// Not slot-aligned at either end: exact slivers as well as stored buckets.
		Instant from = start.plusMillis(3 * 86_400_000L + 123_457);
		Instant to = start.plusMillis(17 * 86_400_000L + 7_654_321);
		Bucketing days = Bucketing.of(BucketUnit.DAY, ZoneId.of("Europe/Athens"));
		for (Set<String> details : List.of(Set.<String>of(), Set.of("error"))) {
			Counts together = aggregation.count(new CountQuery(workspace, metrics,
					CountFilter.messages(Set.of("m0", "m1", "m2")).withDetails(details), from, to, days,
					Dimension.MESSAGE_AND_PLATFORM));
			long seen = 0;
			for (String message : List.of("m0", "m1", "m2", "m3")) {
				Counts alone = aggregation.count(new CountQuery(workspace, metrics,
						CountFilter.message(message).withDetails(details), from, to, days, Dimension.PLATFORM));
				for (Metric metric : metrics) {
					for (String platform : List.of("ios", "android")) {
						String key = Dimension.messageAndPlatform(message, platform);
						for (int bucket = 0; bucket < alone.buckets().size(); bucket++) {
							long expected = message.equals("m3") ? 0 : alone.count(metric, platform, bucket);
							assertThat(together.count(metric, key, bucket)).as(key + " " + bucket).isEqualTo(expected);
							seen += expected;
						}
					}
				}
			}
			assertThat(seen).isPositive();
			assertThat(together.total(Metric.all(EventType.SENT)) + together.total(Metric.all(EventType.OPENED)))
				.isEqualTo(seen);
		}
		assertThat(aggregation.count(CountQuery.totals(workspace, metrics, CountFilter.messages(Set.of()), from, to))
			.total(Metric.all(EventType.SENT))).isZero();
		assertThat(Dimension.messageOf(Dimension.messageAndPlatform("a\u001Fb", "ios"))).isEqualTo("a\u001Fb");
		assertThat(Dimension.platformOf(Dimension.messageAndPlatform("a", null))).isEmpty();
	}

}
