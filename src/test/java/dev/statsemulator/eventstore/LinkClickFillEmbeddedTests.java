package dev.statsemulator.eventstore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded database (H2), the migration that fills the link click buckets of the
 * events stored before them writes the rows that ingest would have written
 * ({@link BucketDeltas}, {@link BucketStore#linkKey}). PostgreSQL's is checked against
 * ingest itself in {@code LinkClickBucketsIT}.
 */
class LinkClickFillEmbeddedTests {

	private static final long DAY = 86_400_000L;

	@Test
	void theFillWritesWhatIngestWrites() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:fill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.target("161")
			.load()
			.migrate();
		Random random = new Random(162);
		List<String> links = List.of("https://a.example/x", "https://a.example/x?y=1", "https://b.example/é#ü",
				"https://c.example/" + "z".repeat(3_900));
		BucketDeltas expected = new BucketDeltas((at, zone) -> new LocalDays.Day(at, at + 1), ZoneOffset.UTC);
		for (int i = 0; i < 600; i++) {
			String workspace = "w" + random.nextInt(2);
			boolean click = random.nextInt(5) != 0;
			long at = -5 * DAY + (long) (random.nextDouble() * 20 * DAY);
			if (random.nextInt(10) == 0) {
				at -= Math.floorMod(at, DAY) + random.nextInt(2);
			}
			String message = (random.nextInt(4) == 0) ? null : "m" + random.nextInt(3);
			String application = (random.nextBoolean()) ? null : "APP-" + random.nextInt(2);
			String campaign = (random.nextBoolean()) ? null : "c" + random.nextInt(2);
			Channel channel = random.nextBoolean() ? Channel.EMAIL : Channel.PUSH;
			String link = (click && random.nextInt(10) != 0) ? links.get(random.nextInt(links.size())) : null;
			EventType type = click ? EventType.CLICKED : EventType.OPENED;
			jdbc.update(
					"INSERT INTO event (workspace_id, type, at_ms, channel, message, campaign, application, link) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					workspace, type.code(), at, channel.code(), message, campaign, application, link);
			if (workspace.equals("w0")) {
				expected.add(new Event(null, type, Instant.ofEpochMilli(at), channel, null, message, campaign,
						application, null, null, link, null, null, null, null, null, null, null, null));
			}
		}
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		List<List<Object>> rows = new ArrayList<>();
		expected.linkEntries()
			.forEach((entry) -> rows
				.add(List.of(entry.getKey().granularity(), entry.getKey().bucketStart(), entry.getKey().messageKey(),
						entry.getKey().application(), entry.getKey().campaign(), entry.getKey().channel(),
						BucketStore.linkKey(entry.getKey().link()), entry.getKey().link(), entry.getValue().count)));
		rows.sort(Comparator.comparing(Object::toString));
		List<List<Object>> filled = new ArrayList<>(jdbc.query(
				"SELECT granularity, bucket_start, message_key, application, campaign, channel, link_key, link, "
						+ "click_count FROM link_click_bucket WHERE workspace_id = 'w0'",
				(rs, row) -> List.<Object>of(rs.getShort(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9))));
		filled.sort(Comparator.comparing(Object::toString));
		assertThat(rows).isNotEmpty();
		assertThat(filled).isEqualTo(rows);
		assertThat(jdbc.queryForList("SELECT DISTINCT granularity FROM link_click_bucket", Short.class))
			.containsExactlyInAnyOrder((short) 0, (short) 1440);
	}

}
