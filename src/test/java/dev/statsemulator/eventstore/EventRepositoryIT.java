package dev.statsemulator.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL events go in by COPY: every field, escapes and nulls included, comes back
 * as sent.
 */
class EventRepositoryIT extends PostgresIntegrationTest {

	@Autowired
	private EventRepository repository;

	@Autowired
	private WorkspaceService workspaces;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void everyFieldSurvivesTheCopy() {
		String workspace = newWorkspaceId("copy");
		this.workspaces.put(workspace, WorkspaceSettings.inTimezone("UTC"));
		Event full = new Event("id-1", EventType.CONVERSION, Instant.parse("2024-05-01T10:00:00.123Z"), Channel.PUSH,
				Platform.HUAWEI_ANDROID, "msg\\1", "camp\t2", "APP01-00001", "a\nb@example.com", "user\r3",
				"https://x.example/?a=1\\N", BounceType.MAILBOX_FULL, "tab\there, newline\nthere, back\\slash", true,
				"purchase", 12.5, "EUR", new Room("r1", "gen\\eral", "c"), "error");
		Event sparse = new Event(null, EventType.SENT, Instant.parse("2024-05-01T10:00:01Z"), Channel.EMAIL, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);
		this.transactions.executeWithoutResult((status) -> this.repository.insert(workspace, List.of(full, sparse)));
		List<Event> read = new ArrayList<>();
		this.repository.forEachInRanges(workspace, List.of("conversion", "sent"),
				List.of(new long[] { 0, Long.MAX_VALUE }), read::add);
		assertThat(read).containsExactly(full, sparse);
		assertThat(this.repository.hashesOf(workspace, List.of("id-1", "unknown"))).containsOnlyKeys("id-1")
			.containsEntry("id-1", full.contentHash());
	}

}
