package dev.statsemulator.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation writes in bulk; what it stores must be exactly what the generator made
 * before (events, catalogue) and what the ordinary ingest path makes of the same events
 * (count buckets, first occurrences, rooms), on either database. The digests were taken
 * from the generator as it was before its bulk writes (the catalogue's without the
 * messages dated after now, which it registered then).
 */
final class GenerationEquivalence {

	/** Mid-day: today's later messages would lie after now. */
	static final Instant NOW = Instant.parse("2024-06-30T10:17:00Z");

	static final GenerationRequest REQUEST = new GenerationRequest(7, Instant.parse("2024-06-06T00:00:00Z"),
			Instant.parse("2024-07-05T00:00:00Z"), 2_500, Set.of());

	static final long EVENTS = 67_866;

	static final String EVENTS_DIGEST = "67866:e7b8c1da78314a93c02f83f6";

	static final String CATALOGUE_DIGEST = "83:e4cb3c4adc990217b21e3c16";

	static final String BUCKETS_DIGEST = "51971:424a0bec6fb635feb00878d6";

	static final String FIRST_TOUCHES_DIGEST = "4943:c3995b9388cb3ee55a8a5059";

	static final String ROOMS_DIGEST = "6:fdceb1d0a483636a8141d80b";

	private GenerationEquivalence() {
	}

	static void run(TrafficGenerator generator, EventStore events, WorkspaceService workspaces, EmulatorClock clock,
			JdbcTemplate jdbc, String prefix, boolean againThroughIngest) {
		String generated = prefix + "-generated";
		String ingested = prefix + "-ingested";
		WorkspaceSettings settings = JsonMapper.shared()
			.readValue("{\"timezone\": \"Europe/Athens\"}", WorkspaceSettings.class);
		workspaces.put(generated, settings);
		workspaces.put(ingested, settings);
		clock.freeze(NOW);
		try {
			GenerationResult result = generator.generate(generated, REQUEST);
			List<Event> stored = new ArrayList<>();
			events.forEachEvent(generated, stored::add);
			assertThat(stored).hasSize((int) result.stored());
			print("events", result.stored(), eventsDigest(stored));
			print("catalogue", 0, catalogueDigest(jdbc, generated));
			print("buckets", 0, bucketsDigest(jdbc, generated));
			print("first touches", 0, firstTouchesDigest(jdbc, generated));
			print("rooms", 0, roomsDigest(jdbc, generated));
			assertThat(stored).allMatch((event) -> event.at().isBefore(NOW));
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM message WHERE workspace_id = ? AND (created_at > ? OR send_at > ?)",
					Long.class, generated, NOW.toEpochMilli(), NOW.toEpochMilli()))
				.as("messages dated after now")
				.isZero();
			if (againThroughIngest) {
				// The ordinary ingest path, batched and ordered otherwise: the same
				// counts.
				List<Event> shuffled = new ArrayList<>(stored);
				Collections.shuffle(shuffled, new Random(11));
				for (int i = 0; i < shuffled.size(); i += 4_000) {
					events.ingest(ingested, shuffled.subList(i, Math.min(shuffled.size(), i + 4_000)));
				}
				assertThat(bucketsDigest(jdbc, ingested)).isEqualTo(bucketsDigest(jdbc, generated));
				assertThat(firstTouchesDigest(jdbc, ingested)).isEqualTo(firstTouchesDigest(jdbc, generated));
				assertThat(roomsDigest(jdbc, ingested)).isEqualTo(roomsDigest(jdbc, generated));
			}
			assertThat(result.stored()).isEqualTo(EVENTS);
			assertThat(eventsDigest(stored)).isEqualTo(EVENTS_DIGEST);
			assertThat(catalogueDigest(jdbc, generated)).isEqualTo(CATALOGUE_DIGEST);
			assertThat(bucketsDigest(jdbc, generated)).isEqualTo(BUCKETS_DIGEST);
			assertThat(firstTouchesDigest(jdbc, generated)).isEqualTo(FIRST_TOUCHES_DIGEST);
			assertThat(roomsDigest(jdbc, generated)).isEqualTo(ROOMS_DIGEST);
		}
		finally {
			clock.release();
		}
	}

	private static void print(String what, long count, String digest) {
		System.out.println("GenerationEquivalence " + what + " " + count + " " + digest);
	}

	/** Every event by id: its id and content digest, in id order. */
	static String eventsDigest(List<Event> events) {
		List<String> lines = new ArrayList<>();
		for (Event event : events) {
			lines.add(event.id() + " " + event.contentHash());
		}
		return digest(lines);
	}

	static String catalogueDigest(JdbcTemplate jdbc, String workspaceId) {
		return digest(jdbc.query("""
				SELECT id, number, registered, application, campaign, channel, platforms, name, subject, title, content,
				       template, created_at, send_at, status, source, type
				FROM message WHERE workspace_id = ?""", (rs, row) -> line(rs, 17), workspaceId));
	}

	/**
	 * Count buckets; sums to a millionth, as floating-point sums depend on their order.
	 */
	static String bucketsDigest(JdbcTemplate jdbc, String workspaceId) {
		return digest(jdbc.query("""
				SELECT granularity, rollup, metric, message_key, bucket_start, channel, platform, detail, event_count,
				       value_sum
				FROM count_bucket WHERE workspace_id = ? AND (event_count <> 0 OR value_sum <> 0)""", (rs, row) -> {
			StringJoiner line = new StringJoiner("|");
			for (int column = 1; column <= 9; column++) {
				line.add(String.valueOf(rs.getObject(column)));
			}
			return line.add(Long.toString(Math.round(rs.getDouble(10) * 1_000_000))).toString();
		}, workspaceId));
	}

	static String firstTouchesDigest(JdbcTemplate jdbc, String workspaceId) {
		return digest(jdbc.query("""
				SELECT message_key, type, contact, at_ms, channel, platform, detail FROM first_touch
				WHERE workspace_id = ?""", (rs, row) -> line(rs, 7), workspaceId));
	}

	static String roomsDigest(JdbcTemplate jdbc, String workspaceId) {
		return digest(jdbc.query("SELECT id, name, type FROM room WHERE workspace_id = ?", (rs, row) -> line(rs, 3),
				workspaceId));
	}

	private static String line(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
		StringJoiner line = new StringJoiner("|");
		for (int column = 1; column <= columns; column++) {
			line.add(String.valueOf(rs.getObject(column)));
		}
		return line.toString();
	}

	/** A digest of the lines in sorted order, with their number. */
	private static String digest(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines);
		Collections.sort(sorted);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String line : sorted) {
				sha.update(line.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) '\n');
			}
			return sorted.size() + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 24);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
