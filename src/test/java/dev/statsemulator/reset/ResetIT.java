package dev.statsemulator.reset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresTestDatabase;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both resets on both databases, each in a database of its own (a workspace reset
 * truncates the tables that hold only its rows, and deletes its rows from the others; a
 * full reset truncates everything): the other workspaces keep every row, the reset
 * workspace works again at once, and writes that run meanwhile are neither lost nor
 * half-applied.
 */
class ResetIT {

	@Test
	void onTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			resetsKeepWhatTheyShould(emulator.admin());
		}
	}

	@Test
	void onPostgresql() throws Exception {
		// A schema of its own: a full reset empties every table of its database.
		String schema = "reset_it_" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> database = PostgresTestDatabase.properties();
		String url = (String) database.get("spring.datasource.url");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		properties.put("spring.flyway.schemas", schema);
		properties.put("spring.flyway.default-schema", schema);
		try (RunningEmulator emulator = RunningEmulator.postgres(properties)) {
			resetsKeepWhatTheyShould(emulator.admin());
		}
		finally {
			try (Connection connection = DriverManager.getConnection(url,
					(String) database.get("spring.datasource.username"),
					(String) database.get("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
	}

	private void resetsKeepWhatTheyShould(Http admin) throws Exception {
		put(admin, "alpha");
		put(admin, "beta");
		ingest(admin, "alpha", 0, 300);
		ingest(admin, "beta", 0, 200);
		assertThat(sent(admin, "alpha")).isEqualTo(300);

		// alpha shares every table with beta: its rows are deleted, beta's stay.
		Response reset = admin.postJson("/_emulator/v1/workspaces/alpha/reset", "");
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		assertThat(sent(admin, "alpha")).isZero();
		assertThat(admin.get("/_emulator/v1/workspaces/alpha/messages").json().size()).isZero();
		assertThat(sent(admin, "beta")).isEqualTo(200);
		assertThat(unique(admin, "beta")).isEqualTo(200);
		assertThat(admin.get("/_emulator/v1/workspaces/beta/messages").json().size()).isEqualTo(4);

		// beta is now alone in the tables: they are truncated; alpha (no data) stays,
		// with its credentials.
		assertThat(admin.postJson("/_emulator/v1/workspaces/beta/reset", "").status()).isEqualTo(200);
		assertThat(sent(admin, "beta")).isZero();
		assertThat(admin.get("/_emulator/v1/workspaces/alpha").status()).isEqualTo(200);
		assertThat(admin.postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"key-beta\"],\"id\":1}")
			.json()
			.path("result")
			.path("ping")
			.asString()).isEqualTo("pong");
		// The same ids can be stored again, and count again.
		ingest(admin, "beta", 0, 200);
		assertThat(sent(admin, "beta")).isEqualTo(200);
		assertThat(unique(admin, "beta")).isEqualTo(200);

		// Resets while another workspace is written to: every batch is stored whole,
		// before or after a reset, never lost or half-applied.
		ingest(admin, "alpha", 0, 100);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> written = writer.submit(() -> {
				int stored = 0;
				for (int batch = 1; batch <= 10; batch++) {
					Response answer = admin.postJson("/_emulator/v1/workspaces/beta/events",
							events(100 + batch * 100, 100));
					assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
					stored += answer.json().path("stored").asInt();
				}
				return stored;
			});
			for (int i = 0; i < 5; i++) {
				assertThat(admin.postJson("/_emulator/v1/workspaces/alpha/reset", "").status()).isEqualTo(200);
				assertThat(sent(admin, "alpha")).isZero();
				ingest(admin, "alpha", 0, 100);
			}
			// Two events (a send and an open) per index.
			assertThat(written.get()).isEqualTo(2_000);
		}
		finally {
			writer.shutdown();
		}
		assertThat(sent(admin, "beta")).isEqualTo(1_200);
		assertThat(unique(admin, "beta")).isEqualTo(1_200);
		assertThat(sent(admin, "alpha")).isEqualTo(100);

		// Everything goes: no workspace is left, and the emulator works as new.
		Response all = admin.postJson("/_emulator/v1/reset", "");
		assertThat(all.status()).as(all.toString()).isEqualTo(200);
		assertThat(all.json().path("deletedWorkspaces").toString()).isEqualTo("[\"alpha\",\"beta\"]");
		assertThat(admin.get("/_emulator/v1/workspaces").json().size()).isZero();
		put(admin, "beta");
		assertThat(sent(admin, "beta")).isZero();
		ingest(admin, "beta", 0, 50);
		assertThat(sent(admin, "beta")).isEqualTo(50);
		assertThat(unique(admin, "beta")).isEqualTo(50);
	}

	private static void put(Http admin, String id) {
		Response put = admin.putJson("/_emulator/v1/workspaces/" + id,
				"{\"timezone\": \"Europe/Athens\", \"getresponse\": {\"apiKeys\": [\"key-" + id + "\"]}}");
		assertThat(put.status()).as(put.toString()).isIn(200, 201);
	}

	private static void ingest(Http admin, String id, int first, int count) {
		Response answer = admin.postJson("/_emulator/v1/workspaces/" + id + "/events", events(first, count));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	/** Per index: a sent and an open of one of four messages, each to its own contact. */
	private static String events(int first, int count) {
		List<TestEvents.Builder> events = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			String at = "2024-03-0" + (1 + i % 5) + "T10:" + String.format("%02d", i % 60) + ":00Z";
			events.add(event("sent", at).id("s" + i).message("m" + (i % 4)).contact("c" + i + "@example.com"));
			events.add(event("opened", at).id("o" + i).message("m" + (i % 4)).contact("c" + i + "@example.com"));
		}
		return TestEvents.array(events);
	}

	private static long sent(Http admin, String id) {
		return total(admin, id, "type=sent");
	}

	private static long unique(Http admin, String id) {
		return total(admin, id, "type=opened&unique=true");
	}

	private static long total(Http admin, String id, String query) {
		Response stats = admin
			.get("/_emulator/v1/workspaces/" + id + "/stats?" + query + "&from=2024-03-01&to=2024-03-08");
		assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
		return stats.json().path("total").asLong();
	}

}
