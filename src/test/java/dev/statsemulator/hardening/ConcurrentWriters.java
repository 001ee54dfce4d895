package dev.statsemulator.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 clients posting 500-event batches to one workspace at once, while another registers
 * messages and a third replaces the workspace's settings and deletes a neighbour: every
 * request must succeed (no lock timeout reaches a client), and the aggregates must equal
 * a direct count of the stored events.
 */
final class ConcurrentWriters {

	static final int WRITERS = 8;

	static final int BATCHES_PER_WRITER = 2;

	static final int BATCH = 500;

	private ConcurrentWriters() {
	}

	static void run(Http admin, JdbcTemplate jdbc, String workspace) throws Exception {
		String path = "/_emulator/v1/workspaces/" + workspace;
		assertThat(admin.putJson(path, "{\"timezone\":\"Europe/Athens\"}").status()).isEqualTo(201);
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		AtomicLong sentOpened = new AtomicLong();
		ExecutorService clients = Executors.newFixedThreadPool(WRITERS + 2);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int writer = 0; writer < WRITERS; writer++) {
				int w = writer;
				running.add(clients.submit(() -> {
					for (int batch = 0; batch < BATCHES_PER_WRITER; batch++) {
						List<Builder> events = new ArrayList<>(BATCH);
						for (int i = 0; i < BATCH; i++) {
							int n = (w * BATCHES_PER_WRITER + batch) * BATCH + i;
							String type = (n % 3 == 0) ? "opened" : "sent";
							events.add(TestEvents.event(type, "2024-05-" + (10 + n % 15) + "T10:00:00Z")
								.id("e-" + n)
								.message("m-" + (n % 7))
								.contact("c" + (n % 997) + "@example.com"));
							if (type.equals("opened")) {
								sentOpened.incrementAndGet();
							}
						}
						record(errors, admin.postJson(path + "/events", TestEvents.array(events)), 200);
					}
				}));
			}
			running.add(clients.submit(() -> {
				for (int i = 0; i < 20; i++) {
					record(errors, admin.postJson(path + "/messages",
							"[{\"id\":\"m-" + (i % 7) + "\",\"subject\":\"Subject " + i + "\"}]"), 200);
				}
			}));
			running.add(clients.submit(() -> {
				for (int i = 0; i < 10; i++) {
					record(errors, admin.putJson(path, "{\"timezone\":\"Europe/Athens\"}"), 200);
					String neighbour = workspace + "-n" + i;
					record(errors, admin.putJson("/_emulator/v1/workspaces/" + neighbour, "{}"), 201);
					record(errors, admin.delete("/_emulator/v1/workspaces/" + neighbour), 204);
				}
			}));
			for (Future<?> future : running) {
				future.get(300, TimeUnit.SECONDS);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(errors).as("requests that failed").isEmpty();

		long stored = jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE workspace_id = ?", Long.class, workspace);
		long storedOpened = jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE workspace_id = ? AND type = 'opened'",
				Long.class, workspace);
		assertThat(stored).isEqualTo((long) WRITERS * BATCHES_PER_WRITER * BATCH);
		assertThat(storedOpened).isEqualTo(sentOpened.get());
		String range = "&from=2024-05-01&to=2024-06-01&unit=day";
		assertThat(total(admin, path, "type=opened" + range)).isEqualTo(storedOpened);
		assertThat(total(admin, path, "type=sent" + range)).isEqualTo(stored - storedOpened);
	}

	private static void record(ConcurrentLinkedQueue<String> errors, Response response, int expected) {
		if (response.status() != expected) {
			errors.add(response.status() + " " + response.body());
		}
	}

	private static long total(Http admin, String path, String query) {
		Response stats = admin.get(path + "/stats?" + query);
		assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
		return stats.json().path("total").asLong();
	}

}
