package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short pages are read in one statement, long ones stream: both give the same events and
 * the same next-page cursor.
 */
class EventLogPageIT extends PostgresIntegrationTest {

	private static final int EVENTS = EventLog.READ_AT_ONCE + 3;

	@Autowired
	private EventStore store;

	@Autowired
	private EventLog log;

	@Autowired
	private WorkspaceService workspaces;

	@Test
	void readAtOnceAndStreamedPagesAgree() {
		String workspace = newWorkspaceId("page");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("UTC"));
		List<Event> events = new ArrayList<>();
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		for (int i = 0; i < EVENTS; i++) {
			// Pairs of events share a millisecond: the cursor needs the sequence too.
			events.add(new Event(null, EventType.SENT, start.plusMillis(i / 2), Channel.PUSH, Platform.IOS, "push-1",
					null, null, "device-" + i, null, null, null, null, null, null, null, null, null, null));
		}
		this.store.ingest(workspace, events);
		EventSelection sent = EventSelection.of(Set.of(EventType.SENT));

		Page atOnce = page(workspace, sent, null, EventLog.READ_AT_ONCE);
		Page streamed = page(workspace, sent, null, EventLog.READ_AT_ONCE + 1);
		assertThat(atOnce.events).hasSize(EventLog.READ_AT_ONCE);
		assertThat(streamed.events).hasSize(EventLog.READ_AT_ONCE + 1)
			.startsWith(atOnce.events.toArray(LoggedEvent[]::new));
		// The last event's millisecond, and how many of its events have been listed:
		// event 4999 is the second of its millisecond, event 5000 the first.
		assertThat(atOnce.next).contains(new EventCursor(start.toEpochMilli() + (EventLog.READ_AT_ONCE - 1) / 2, 2));
		assertThat(streamed.next).contains(new EventCursor(start.toEpochMilli() + EventLog.READ_AT_ONCE / 2, 1));

		Page restAtOnce = page(workspace, sent, atOnce.next.orElseThrow(), EventLog.READ_AT_ONCE);
		Page restStreamed = page(workspace, sent, streamed.next.orElseThrow(), EventLog.READ_AT_ONCE + 1);
		assertThat(restAtOnce.events).hasSize(3);
		assertThat(restAtOnce.next).isEmpty();
		assertThat(restStreamed.events).hasSize(2).isEqualTo(restAtOnce.events.subList(1, 3));
		assertThat(restStreamed.next).isEmpty();
		assertThat(page(workspace, sent, null, EVENTS + 10).events).hasSize(EVENTS);
		assertThat(page(workspace, sent, null, EVENTS).next).isEmpty();
	}

	@Test
	void rowsAreTheEventsOfTheSamePages() {
		String workspace = newWorkspaceId("rows");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("UTC"));
		this.store
			.registerMessages(
					workspace, List.of(new MessageRegistration("push-1", 42L, "APP-1", "camp-1", "push", null, null,
							null, null, null, null, null, null, null, null, null)),
					Instant.parse("2024-01-01T00:00:00Z"));
		List<Event> events = new ArrayList<>();
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		EventType[] types = { EventType.SENT, EventType.DELIVERED, EventType.OPENED };
		for (int i = 0; i < EVENTS; i++) {
			events.add(new Event(null, types[i % 3], start.plusMillis(i / 2), Channel.PUSH,
					(i % 5 == 0) ? null : Platform.IOS, (i % 7 == 0) ? "push-2" : "push-1",
					(i % 11 == 0) ? "own" : null, null, "device-" + i, (i % 4 == 0) ? "user-" + i : null, null, null,
					null, null, null, null, null, null, (i % 6 == 0) ? "error" : null));
		}
		this.store.ingest(workspace, events);
		EventSelection any = EventSelection.of(Set.of(types));
		for (int limit : new int[] { 10, EventLog.READ_AT_ONCE, EventLog.READ_AT_ONCE + 1 }) {
			Page page = page(workspace, any, null, limit);
			Rows rows = rows(workspace, any, null, limit);
			assertThat(rows.next).isEqualTo(page.next);
			assertThat(rows.rows).isEqualTo(page.events.stream().map(EventLogPageIT::row).toList());
			Page rest = page(workspace, any, page.next.orElseThrow(), limit);
			assertThat(rows(workspace, any, page.next.orElseThrow(), limit).rows)
				.isEqualTo(rest.events.stream().map(EventLogPageIT::row).toList());
		}
	}

	/** What a row shows of a listed event. */
	private static List<Object> row(LoggedEvent logged) {
		Event event = logged.event();
		return java.util.Arrays.asList(event.at().toEpochMilli(), event.type(), event.message(),
				(event.campaign() != null) ? event.campaign() : logged.messageCampaign(),
				(event.application() != null) ? event.application() : logged.messageApplication(),
				(logged.messageNumber() != null) ? logged.messageNumber() : 0L, event.contact(), event.user(),
				event.platformCode(), event.detail());
	}

	private static List<Object> row(LogRow row) {
		return java.util.Arrays.asList(row.atMillis(), row.type(), row.message(), row.campaign(), row.application(),
				row.messageNumber(), row.contact(), row.user(), row.platform(), row.detail());
	}

	private Rows rows(String workspace, EventSelection selection, EventCursor after, int limit) {
		Rows rows = new Rows();
		this.log.pageRows(workspace, selection, after, limit, new EventLog.RowReader() {

			@Override
			public void begin(Optional<EventCursor> next) {
				rows.next = next;
			}

			@Override
			public void row(LogRow row) {
				rows.rows.add(EventLogPageIT.row(row));
			}

		});
		return rows;
	}

	private static final class Rows {

		private Optional<EventCursor> next;

		private final List<List<Object>> rows = new ArrayList<>();

	}

	private Page page(String workspace, EventSelection selection, EventCursor after, int limit) {
		Page page = new Page();
		this.log.page(workspace, selection, after, limit, new EventLog.PageReader() {

			@Override
			public void begin(Optional<EventCursor> next) {
				page.next = next;
			}

			@Override
			public void event(LoggedEvent event) {
				page.events.add(event);
			}

		});
		return page;
	}

	private static final class Page {

		private Optional<EventCursor> next;

		private final List<LoggedEvent> events = new ArrayList<>();

	}

}
