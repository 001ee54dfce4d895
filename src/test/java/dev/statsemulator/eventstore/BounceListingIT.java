package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings of bounces and complaints (Pushwoosh's bouncedEmails: a count and a page by
 * offset), which PostgreSQL reads through an index of those events only, and listings
 * that select by the catalogue (a campaign's events, messages by number: getMessageLog),
 * whose catalogue conditions are look-ups of the matching messages, answer what filtering
 * and sorting the random events naively answers: after batches ingested side by side, a
 * time-zone change, and a workspace's reset.
 */
class BounceListingIT extends PostgresIntegrationTest {

	private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

	@Autowired
	private EventStore store;

	@Autowired
	private EventLog log;

	@Autowired
	private WorkspaceService workspaces;

	@Test
	void countsAndPagesAreTheNaiveOnes() throws Exception {
		String workspace = newWorkspaceId("bounces");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("Europe/Athens"));
		Map<String, String[]> catalogue = register(workspace);
		Random random = new Random(2);
		Set<Long> usedTimes = new HashSet<>();
		List<Event> stored = new ArrayList<>();
		List<List<Event>> batches = new ArrayList<>();
		for (int b = 0; b < 6; b++) {
			batches.add(randomEvents(random, usedTimes, "b" + b, 700));
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<IngestResult>> results = new ArrayList<>();
			for (List<Event> batch : batches) {
				results.add(pool.submit(() -> this.store.ingest(workspace, batch)));
				stored.addAll(batch);
			}
			for (Future<IngestResult> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertNaive(workspace, stored, catalogue, random);

		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("Asia/Kolkata"));
		List<Event> more = randomEvents(random, usedTimes, "tz", 500);
		this.store.ingest(workspace, more);
		stored.addAll(more);
		assertNaive(workspace, stored, catalogue, random);

		this.store.clear(workspace);
		assertThat(this.log.count(workspace, bouncesAndComplaints())).isZero();
		catalogue = register(workspace);
		List<Event> again = randomEvents(random, usedTimes, "again", 600);
		this.store.ingest(workspace, again);
		assertNaive(workspace, again, catalogue, random);
	}

	private void assertNaive(String workspace, List<Event> stored, Map<String, String[]> catalogue, Random random) {
		List<EventSelection> selections = new ArrayList<>();
		EventSelection any = bouncesAndComplaints();
		EventSelection hard = EventSelection.of(Set.of(EventType.BOUNCED))
			.withBounces(EnumSet.copyOf(List.of(BounceType.values()).stream().filter(BounceType::hard).toList()));
		EventSelection complaints = EventSelection.of(Set.of(EventType.COMPLAINED));
		for (EventSelection base : List.of(any, hard, complaints)) {
			selections.add(base.withApplications(Set.of("APP-A")).withChannels(Set.of(Channel.EMAIL)));
			selections
				.add(base.withApplications(Set.of("APP-B")).withChannels(Set.of(Channel.EMAIL)).withCampaign("c1"));
			selections.add(base.withApplications(Set.of("APP-A"))
				.withChannels(Set.of(Channel.EMAIL))
				.withMessages(Set.of("m2")));
			long from = START.toEpochMilli() + random.nextInt(10 * 86_400) * 1000L;
			selections.add(base.withApplications(Set.of("APP-A"))
				.withChannels(Set.of(Channel.EMAIL))
				.between(from, from + random.nextInt(15 * 86_400) * 1000L + 1));
		}
		// Shapes of getMessageLog: a campaign's events, messages by catalogue number.
		EventSelection log = EventSelection.of(Set.of(EventType.SENT, EventType.OPENED, EventType.BOUNCED));
		selections.add(log.withApplications(Set.of("APP-A", "APP-B")).withCampaign("c1"));
		selections.add(log.withApplications(Set.of("APP-B")).withCampaign("c2"));
		selections.add(log.withMessageNumbers(Set.of(2L, 3L)).withApplications(Set.of("APP-A", "APP-B")));
		for (EventSelection selection : selections) {
			List<Event> expected = stored.stream()
				.filter((event) -> matches(event, selection, catalogue))
				.sorted(Comparator.comparing(Event::at))
				.toList();
			assertThat(this.log.count(workspace, selection)).as(selection.toString()).isEqualTo(expected.size());
			for (int[] page : new int[][] { { 0, 50 }, { 1, 50 }, { 0, 1000 }, { 3, 7 } }) {
				int from = Math.min(page[0] * page[1], expected.size());
				List<Event> listed = this.log.list(workspace, selection, (long) page[0] * page[1], page[1])
					.stream()
					.map(LoggedEvent::event)
					.toList();
				assertThat(listed).as(selection.toString())
					.isEqualTo(expected.subList(from, Math.min(from + page[1], expected.size())));
			}
		}
	}

	private static boolean matches(Event event, EventSelection selection, Map<String, String[]> catalogue) {
		String[] message = (event.message() != null) ? catalogue.get(event.message()) : null;
		String application = (event.application() != null) ? event.application()
				: (message != null) ? message[0] : null;
		String campaign = (event.campaign() != null) ? event.campaign() : (message != null) ? message[1] : null;
		long at = event.at().toEpochMilli();
		return selection.types().contains(event.type()) && application != null
				&& selection.applications().contains(application)
				&& (selection.channels() == null || selection.channels().contains(event.channel()))
				&& (selection.messageNumbers() == null
						|| (message != null && selection.messageNumbers().contains(Long.valueOf(message[2]))))
				&& (selection.campaign() == null || selection.campaign().equals(campaign))
				&& (selection.messages() == null
						|| (event.message() != null && selection.messages().contains(event.message())))
				&& (selection.bounces() == null || event.type() != EventType.BOUNCED
						|| selection.bounces().contains(event.bounce()))
				&& (selection.fromMillis() == null || at >= selection.fromMillis())
				&& (selection.toMillis() == null || at < selection.toMillis());
	}

	private static EventSelection bouncesAndComplaints() {
		return EventSelection.of(Set.of(EventType.BOUNCED, EventType.COMPLAINED));
	}

	/** Messages m1 to m4 and their application, campaign and number. */
	private Map<String, String[]> register(String workspace) {
		List<MessageRegistration> messages = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			messages.add(new MessageRegistration("m" + i, (long) i, (i % 2 == 0) ? "APP-A" : "APP-B", "c" + (i % 3),
					"email", null, null, null, null, null, null, null, null, null, null, null));
		}
		this.store.registerMessages(workspace, messages, START);
		return messages.stream()
			.collect(Collectors.toMap(MessageRegistration::id, (message) -> new String[] { message.application(),
					message.campaign(), String.valueOf(message.number()) }));
	}

	private static List<Event> randomEvents(Random random, Set<Long> usedTimes, String prefix, int count) {
		EventType[] types = { EventType.BOUNCED, EventType.BOUNCED, EventType.COMPLAINED, EventType.SENT,
				EventType.OPENED };
		Channel[] channels = { Channel.EMAIL, Channel.EMAIL, Channel.EMAIL, Channel.PUSH };
		String[] messages = { "m1", "m2", "m3", "m4", null };
		String[] applications = { null, null, "APP-A", "APP-B" };
		String[] campaigns = { null, null, "c1", "c2" };
		List<Event> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long at;
			do {
				at = START.toEpochMilli() + (long) (random.nextDouble() * 30 * 86_400_000L);
			}
			while (!usedTimes.add(at));
			EventType type = types[random.nextInt(types.length)];
			BounceType bounce = (type == EventType.BOUNCED)
					? BounceType.values()[random.nextInt(BounceType.values().length)] : null;
			Boolean handled = (type == EventType.COMPLAINED) ? random.nextBoolean() : null;
			events.add(new Event(prefix + "-" + i, type, Instant.ofEpochMilli(at), channels[random.nextInt(4)], null,
					messages[random.nextInt(messages.length)], campaigns[random.nextInt(campaigns.length)],
					applications[random.nextInt(applications.length)], "r" + random.nextInt(100) + "@example.com", null,
					null, bounce, (bounce != null) ? "550 " + i : null, handled, null, null, null, null, null));
		}
		return events;
	}

}
