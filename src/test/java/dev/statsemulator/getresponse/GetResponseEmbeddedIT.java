package dev.statsemulator.getresponse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (H2) as a new user meets it: the README's calls against the demo
 * workspace answer with data.
 */
class GetResponseEmbeddedIT {

	private static final String KEY = "demo-getresponse-key";

	@Test
	void theDemoAnswersTheReadmeCalls(@TempDir Path dataDir) {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir,
				Map.of("emulator.demo.enabled", true, "emulator.demo.days", 3))) {
			Http http = emulator.http();
			JsonNode messages = await(http, "get_messages",
					"{\"type\":\"newsletter\",\"campaigns\":[\"weekly-news\"]}");
			assertThat(post(http, "{\"method\":\"ping\",\"params\":[\"" + KEY + "\"],\"id\":1}").body())
				.isEqualTo("{\"result\":{\"ping\":\"pong\"},\"error\":null,\"id\":1}");
			String newsletter = messages.propertyNames().iterator().next();
			assertThat(messages.path(newsletter).path("type").asString()).isEqualTo("newsletter");
			assertThat(messages.path(newsletter).path("created_on").asString())
				.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
			// The demo is generated in the background: its newsletter may wait for its
			// events.
			JsonNode stats = await(http, "get_message_stats",
					"{\"message\":\"" + newsletter + "\",\"grouping\":\"hourly\"}");
			assertThat(stats.propertyNames()).allMatch((key) -> key.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}"));
			JsonNode first = stats.path(stats.propertyNames().iterator().next());
			assertThat(first.size()).isEqualTo(19);
			assertThat(first.path("sent").asLong()).isPositive();
		}
	}

	/**
	 * The first non-empty result of the call, within a minute: the demo workspace, its
	 * key and its data are created in the background after startup.
	 */
	private static JsonNode await(Http http, String method, String conditions) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode messages = post(http, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[\"" + KEY
					+ "\"," + conditions + "],\"id\":1}")
				.json()
				.path("result");
			if (!messages.isEmpty()) {
				return messages;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError(method + " answered nothing for 60 s");
	}

	private static Response post(Http http, String body) {
		Response response = http.post("/", null, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response;
	}

}
