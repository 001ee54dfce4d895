package dev.statsemulator.rocketchat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the Rocket.Chat API on the embedded default (H2), whose SQL differs in
 * places from PostgreSQL's: login, the three routes, a direct room's usernames.
 */
class RocketChatEmbeddedIT {

	@Test
	void theRocketChatApiWorksOnTheEmbeddedDatabase(@TempDir Path dataDir) {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			String id = RocketChatWorkspaces.create(emulator.admin(), "Europe/Athens", true);
			Response ingested = emulator.admin()
				.postJson("/_emulator/v1/workspaces/" + id + "/events", TestEvents.array(
						event("chat_message", "2023-05-29T09:00:00Z").room("dm", "alice-bob", "d").contact("bob"),
						event("chat_message", "2023-05-30T09:00:00Z").room("dm", "alice-bob", "d").contact("alice"),
						event("chat_message", "2023-05-30T09:01:00Z").room("GENERAL", "general", "c")));
			assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);

			Response login = emulator.http()
				.postJson("/api/v1/login", "{\"user\": \"" + id + "-user\", \"password\": \"pw\"}");
			assertThat(login.status()).as(login.toString()).isEqualTo(200);
			Http user = emulator.http()
				.withHeader("X-User-Id", login.json().path("data").path("userId").asString())
				.withHeader("X-Auth-Token", login.json().path("data").path("authToken").asString());
			String range = "?start=2023-05-20T00:00:00.000Z&end=2023-05-30T00:00:00.000Z";

			assertThat(user.get("/api/v1/engagement-dashboard/messages/messages-sent" + range).body())
				.isEqualTo("{\"days\":[{\"day\":\"2023-05-29T21:00:00.000Z\",\"messages\":2},"
						+ "{\"day\":\"2023-05-28T21:00:00.000Z\",\"messages\":1}],"
						+ "\"period\":{\"count\":3,\"variation\":3},"
						+ "\"yesterday\":{\"count\":1,\"variation\":1},\"success\":true}");
			assertThat(user.get("/api/v1/engagement-dashboard/messages/origin" + range).body())
				.isEqualTo("{\"origins\":[{\"messages\":2,\"t\":\"d\"},{\"messages\":1,\"t\":\"c\"},"
						+ "{\"messages\":0,\"t\":\"p\"},{\"messages\":0,\"t\":\"l\"}],\"success\":true}");
			assertThat(user.get("/api/v1/engagement-dashboard/messages/top-five-popular-channels" + range).body())
				.isEqualTo("{\"channels\":["
						+ "{\"messages\":2,\"t\":\"d\",\"name\":\"alice-bob\",\"usernames\":[\"alice\",\"bob\"]},"
						+ "{\"messages\":1,\"t\":\"c\",\"name\":\"general\",\"usernames\":[]}],\"success\":true}");
		}
	}

}
