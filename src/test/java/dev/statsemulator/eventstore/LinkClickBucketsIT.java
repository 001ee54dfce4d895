package dev.statsemulator.eventstore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link click buckets answer what counting the clicks themselves answers: random
 * clicks (long links, links with LIKE's special characters, clicks with and without a
 * message, an application or a campaign of their own, on several channels and days, some
 * before 1970), ingested in batches side by side with re-sent ones, then after a
 * workspace's reset and a time-zone change; and the migration that fills the buckets of
 * events stored before them writes the rows ingest writes.
 */
class LinkClickBucketsIT extends PostgresIntegrationTest {

	private static final long DAY = 86_400_000L;

	private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

	private static final List<String> LINKS = List.of("https://shop.example.com/p/1",
			"https://shop.example.com/p/1?src=nl", "https://shop.example.com/p/1#top", "https://shop.example.com/p/2",
			"https://shop.example.com/p_%!/x?y=1", "https://shop.example.com/p_a/x", "https://other.example.org/",
			"https://shop.example.com/long/" + "x".repeat(3_500), "https://shop.example.com/é/ü?q=ß");

	@Autowired
	private EventStore store;

	@Autowired
	private EventLog log;

	@Autowired
	private EventLogRepository repository;

	@Autowired
	private WorkspaceService workspaces;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void bucketsAnswerAsTheClicksDo() throws Exception {
		String workspace = newWorkspaceId("links");
		String neighbour = newWorkspaceId("links-other");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("Europe/Athens"));
		this.workspaces.put(neighbour, WorkspaceSettings.inTimezone("UTC"));
		register(workspace);
		Random random = new Random(16);
		// Batches side by side, each with some events of another batch re-sent.
		List<List<Event>> batches = new ArrayList<>();
		for (int b = 0; b < 8; b++) {
			batches.add(randomEvents(random, "b" + b, 400));
		}
		ingestSideBySide(workspace, batches);
		this.store.ingest(neighbour, randomEvents(random, "n", 200));
		assertSameAnswers(workspace, random);

		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("America/St_Johns"));
		this.store.ingest(workspace, randomEvents(random, "tz", 300));
		assertSameAnswers(workspace, random);

		// A reset deletes the workspace's buckets with its events, the neighbour's stay.
		this.store.clear(workspace);
		assertThat(this.log.linkClicks(workspace, clicks(null))).isEmpty();
		assertSameAnswers(neighbour, random);
		register(workspace);
		this.store.ingest(workspace, randomEvents(random, "again", 500));
		assertSameAnswers(workspace, random);
	}

	@Test
	void theMigrationFillsTheBucketsIngestWrites() throws IOException {
		String workspace = newWorkspaceId("links-fill");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("UTC"));
		this.store.ingest(workspace, randomEvents(new Random(61), "f", 1_500));
		String fill = new ClassPathResource("db/migration/postgresql/V162__fill_link_click_buckets.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		String rows = "SELECT workspace_id, granularity, bucket_start, message_key, application, campaign, channel, "
				+ "link_key, link, click_count FROM link_click_bucket ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			List<Map<String, Object>> ingested = this.jdbc.queryForList(rows);
			assertThat(ingested).anyMatch((row) -> workspace.equals(row.get("workspace_id")));
			this.jdbc.execute("DELETE FROM link_click_bucket");
			for (String statement : fill.split(";")) {
				if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
					this.jdbc.execute(statement);
				}
			}
			assertThat(this.jdbc.queryForList(rows)).isEqualTo(ingested);
			status.setRollbackOnly();
		});
	}

	private void assertSameAnswers(String workspace, Random random) {
		List<EventSelection> selections = new ArrayList<>();
		selections.add(clicks(null).withApplications(Set.of("APP-A")));
		selections.add(clicks(null).withApplications(Set.of("APP-A", "APP-B")));
		selections.add(clicks(Set.of(Channel.EMAIL)).withApplications(Set.of("APP-B")));
		selections.add(clicks(Set.of(Channel.EMAIL)).withApplications(Set.of()));
		for (String template : List.of("https://shop.example.com/p/1", "https://shop.example.com/*",
				"https://shop.example.com/p_%!/x", "https://shop.example.com/p_*", "https://shop.example.com/é/ü",
				"https://shop.example.com/p/1?src=nl", "*", "https://other.example.org/")) {
			selections.add(clicks(Set.of(Channel.EMAIL)).withApplications(Set.of("APP-A", "APP-B"))
				.withLinkTemplate(template));
		}
		selections.add(clicks(Set.of(Channel.EMAIL)).withCampaign("camp-1"));
		selections.add(clicks(Set.of(Channel.EMAIL)).withCampaign("camp-own").withLinkTemplate("https://*"));
		selections.add(clicks(null).withMessages(Set.of("m1", "m3")));
		selections.add(clicks(null).withMessageNumbers(Set.of(2L, 3L)));
		selections.add(clicks(null).withMessageTemplate("tpl-1"));
		selections.add(clicks(null).withMessageTemplate("tpl-1").withApplications(Set.of("APP-B")));
		for (int i = 0; i < 6; i++) {
			long from = START.toEpochMilli() + (random.nextInt(40) - 5) * DAY;
			long to = from + random.nextInt(20) * DAY;
			selections.add(clicks(Set.of(Channel.EMAIL)).withApplications(Set.of("APP-A", "APP-B")).between(from, to));
			selections.add(clicks(null).between(from, null));
			selections.add(clicks(null).between(null, to));
			// Not whole days: answered from the clicks.
			selections.add(clicks(null).between(from + 1, to));
		}
		selections.add(clicks(null).between(-3 * DAY, DAY));
		for (EventSelection selection : selections) {
			List<LinkClicks> expected = sorted(this.repository.linkClicks(workspace, selection));
			assertThat(sorted(this.log.linkClicks(workspace, selection))).as(selection.toString()).isEqualTo(expected);
			// Per template: the same clicks summed over the messages.
			List<LinkClicks> perTemplate = sorted(expected.stream()
				.collect(Collectors.groupingBy((clicks) -> Arrays.asList(clicks.messageTemplate(), clicks.link()),
						Collectors.summingLong(LinkClicks::clicks)))
				.entrySet()
				.stream()
				.map((entry) -> new LinkClicks(null, entry.getKey().get(1), entry.getValue(), entry.getKey().get(0)))
				.toList());
			assertThat(sorted(this.log.templateLinkClicks(workspace, selection))).as(selection.toString())
				.isEqualTo(perTemplate);
			assertThat(sorted(this.repository.templateLinkClicks(workspace, selection))).as(selection.toString())
				.isEqualTo(perTemplate);
			if (selection.fromMillis() == null || selection.fromMillis() % DAY == 0) {
				assertThat(this.repository.linkClicksFromBuckets(workspace, selection.withLinkOnly()))
					.as(selection.toString())
					.isPresent();
			}
		}
		assertThat(this.repository.linkClicks(workspace, clicks(null))).isNotEmpty();
	}

	private static List<LinkClicks> sorted(List<LinkClicks> clicks) {
		return clicks.stream()
			.sorted(Comparator.comparing(LinkClicks::message, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(LinkClicks::link)
				.thenComparing(LinkClicks::messageTemplate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static EventSelection clicks(Set<Channel> channels) {
		return EventSelection.of(Set.of(EventType.CLICKED)).withChannels(channels).withLinkOnly();
	}

	private void register(String workspace) {
		List<MessageRegistration> messages = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			messages.add(new MessageRegistration("m" + i, (long) i, (i % 2 == 0) ? "APP-A" : "APP-B", "camp-" + (i % 3),
					"email", null, null, null, null, null, (i == 4) ? null : "tpl-" + (i % 2), null, null, null, null,
					null));
		}
		this.store.registerMessages(workspace, messages, START);
	}

	private void ingestSideBySide(String workspace, List<List<Event>> batches) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<IngestResult>> results = new ArrayList<>();
			for (int b = 0; b < batches.size(); b++) {
				List<Event> batch = new ArrayList<>(batches.get(b));
				// Re-sent: the previous batch's first events, which must count once.
				batch.addAll(batches.get((b + batches.size() - 1) % batches.size()).subList(0, 20));
				results.add(pool.submit(() -> this.store.ingest(workspace, batch)));
			}
			for (Future<IngestResult> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static List<Event> randomEvents(Random random, String prefix, int count) {
		List<Event> events = new ArrayList<>(count);
		Channel[] channels = { Channel.EMAIL, Channel.EMAIL, Channel.EMAIL, Channel.PUSH, Channel.SMS };
		String[] messages = { "m1", "m2", "m3", "m4", "m5", null };
		String[] applications = { null, null, "APP-A", "APP-B", "APP-C" };
		String[] campaigns = { null, null, "camp-1", "camp-own" };
		for (int i = 0; i < count; i++) {
			Channel channel = channels[random.nextInt(channels.length)];
			boolean click = random.nextInt(4) != 0;
			long at = START.toEpochMilli() + (long) (random.nextDouble() * 30 * DAY);
			if (random.nextInt(50) == 0) {
				at = -random.nextInt(2) * DAY - random.nextInt(1000) * 60_000L;
			}
			else if (random.nextInt(20) == 0) {
				// On a day's first or last millisecond.
				at = at - Math.floorMod(at, DAY) - random.nextInt(2);
			}
			String link = click ? LINKS.get(random.nextInt(LINKS.size())) : null;
			events.add(new Event(prefix + "-" + i, click ? EventType.CLICKED : EventType.OPENED,
					Instant.ofEpochMilli(at), channel, null, messages[random.nextInt(messages.length)],
					campaigns[random.nextInt(campaigns.length)], applications[random.nextInt(applications.length)],
					"c" + random.nextInt(50) + "@example.com", null, link, null, null, null, null, null, null, null,
					null));
		}
		return events;
	}

}
