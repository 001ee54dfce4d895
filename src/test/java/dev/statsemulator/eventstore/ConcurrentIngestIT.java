package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batches to one workspace insert their events side by side, de-duplicated by the unique
 * index on ids. Clients that send the same events at once, in different orders and cut
 * differently, must end with what one client sending them once ends with: each event
 * stored once, and the same buckets and first occurrences.
 */
class ConcurrentIngestIT extends PostgresIntegrationTest {

	private static final int EVENTS = 1200;

	private static final int CLIENTS = 4;

	@Autowired
	private EventStore store;

	@Autowired
	private WorkspaceService workspaces;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void clientsSendingTheSameEventsAtOnceStoreThemOnce() throws Exception {
		List<Event> events = events();
		String sequential = newWorkspaceId("seq");
		String concurrent = newWorkspaceId("conc");
		for (String workspace : List.of(sequential, concurrent)) {
			this.workspaces.put(workspace, WorkspaceSettings.inTimezone("Asia/Kolkata"));
		}
		for (List<Event> batch : batches(events, 100)) {
			this.store.ingest(sequential, batch);
		}

		AtomicInteger stored = new AtomicInteger();
		AtomicInteger duplicates = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				List<Event> shuffled = new ArrayList<>(events);
				Collections.shuffle(shuffled, new Random(client));
				int batchSize = 150 + 50 * client;
				sent.add(clients.submit(() -> {
					for (List<Event> batch : batches(shuffled, batchSize)) {
						IngestResult result = this.store.ingest(concurrent, batch);
						stored.addAndGet(result.stored());
						duplicates.addAndGet(result.duplicates());
					}
					return null;
				}));
			}
			for (Future<?> future : sent) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			clients.shutdownNow();
		}

		assertThat(stored.get()).isEqualTo(EVENTS);
		assertThat(duplicates.get()).isEqualTo((CLIENTS - 1) * EVENTS);
		assertThat(count("SELECT COUNT(*) FROM event WHERE workspace_id = ?", concurrent)).isEqualTo(EVENTS);
		assertThat(count("SELECT COUNT(DISTINCT client_id) FROM event WHERE workspace_id = ?", concurrent))
			.isEqualTo(EVENTS);
		String buckets = "SELECT granularity, rollup, metric, message_key, bucket_start, channel, platform, detail, "
				+ "event_count FROM count_bucket WHERE workspace_id = ? AND event_count <> 0 "
				+ "ORDER BY granularity, rollup, metric, message_key, bucket_start, channel, platform, detail";
		List<String> expectedBuckets = rows(buckets, sequential);
		assertThat(expectedBuckets).hasSizeGreaterThan(100);
		assertThat(rows(buckets, concurrent)).isEqualTo(expectedBuckets);
		String firstTouches = "SELECT message_key, type, contact, at_ms FROM first_touch WHERE workspace_id = ? "
				+ "ORDER BY message_key, type, contact";
		assertThat(rows(firstTouches, concurrent)).isEqualTo(rows(firstTouches, sequential)).isNotEmpty();
	}

	/** Opens and clicks of a few messages by a few contacts: many first occurrences. */
	private static List<Event> events() {
		List<Event> events = new ArrayList<>();
		Instant start = Instant.parse("2024-03-01T00:00:00Z");
		Random random = new Random(7);
		for (int i = 0; i < EVENTS; i++) {
			EventType type = (i % 3 == 0) ? EventType.CLICKED : EventType.OPENED;
			Instant at = start.plusSeconds(random.nextInt(3 * 24 * 3600));
			events.add(new Event("e-" + i, type, at, Channel.EMAIL, null, "m" + (i % 4), null, null,
					"c" + random.nextInt(60) + "@example.com", null,
					(type == EventType.CLICKED) ? "https://x.example/" + (i % 2) : null, null, null, null, null, null,
					null, null, null));
		}
		return events;
	}

	private static List<List<Event>> batches(List<Event> events, int size) {
		List<List<Event>> batches = new ArrayList<>();
		for (int i = 0; i < events.size(); i += size) {
			batches.add(events.subList(i, Math.min(events.size(), i + size)));
		}
		return batches;
	}

	private long count(String sql, String workspace) {
		return this.jdbc.queryForObject(sql, Long.class, workspace);
	}

	private List<String> rows(String sql, String workspace) {
		return this.jdbc.query(sql, (rs, row) -> {
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				line.append(rs.getString(column)).append('|');
			}
			return line.toString();
		}, workspace);
	}

}
