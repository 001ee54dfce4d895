package dev.statsemulator.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as a user first meets it, data across restarts on both databases,
 * and the two databases giving the same answers.
 */
class EmbeddedAndPostgresIT {

	private static final List<String> QUERIES = List.of("type=sent&unit=day", "type=opened&unique=true&unit=week",
			"type=clicked&unit=hour&timezone=Asia/Kathmandu", "type=conversion&unit=month&platform=ios",
			"type=chat_message&unit=day&firstDayOfWeek=SUNDAY", "type=bounced&unit=year&channel=email",
			"type=delivered&unit=day&from=2024-05-03T10:07:13.123Z&to=2024-05-20T01:00:00.001Z");

	@Test
	void theEmbeddedDefaultIsOutOfServiceUntilTheDemoIsComplete(@TempDir Path dataDir) {
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir,
				Map.of("emulator.demo.enabled", true, "emulator.demo.days", 3))) {
			Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
			Response health = emulator.http().get("/actuator/health");
			while (health.status() != 200 && Instant.now().isBefore(deadline)) {
				// Not ready: 503, and the workspace says it is being generated.
				assertThat(health.status()).as(health.toString()).isEqualTo(503);
				assertThat(health.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
				Response demo = emulator.admin().get("/_emulator/v1/workspaces/demo");
				if (demo.status() == 200 && demo.json().path("status").asString().equals("generating")) {
					assertThat(demo.json().path("generation").path("percent").asInt()).isBetween(0, 99);
				}
				sleep();
				health = emulator.http().get("/actuator/health");
			}
			assertThat(health.status()).as(health.toString()).isEqualTo(200);
			assertThat(health.json().path("status").asString()).isEqualTo("UP");
			Response demo = emulator.admin().get("/_emulator/v1/workspaces/demo");
			assertThat(demo.json().path("timezone").asString()).isEqualTo("Europe/Athens");
			assertThat(demo.json().path("status").asString()).isEqualTo("ready");
			assertThat(demo.json().has("generation")).isFalse();
			assertThat(emulator.admin()
				.get("/_emulator/v1/workspaces/demo/stats?type=sent&unit=day")
				.json()
				.path("total")
				.asLong()).isPositive();
		}
	}

	@Test
	void withoutAConfiguredTokenOneIsKeptInTheDataDirectoryForItsOwnerOnly(@TempDir Path dataDir) throws IOException {
		Path file = dataDir.resolve("admin-token");
		String token;
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of("emulator.admin-token", ""))) {
			token = Files.readString(file).strip();
			assertThat(token).hasSizeGreaterThanOrEqualTo(32);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			}
			assertThat(emulator.http()
				.withHeader("Authorization", "Bearer " + token)
				.get("/_emulator/v1/workspaces")
				.status()).isEqualTo(200);
		}
		// The same token after a restart; a configured one is never written.
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of("emulator.admin-token", ""))) {
			assertThat(Files.readString(file).strip()).isEqualTo(token);
		}
		Files.delete(file);
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			assertThat(file).doesNotExist();
		}
	}

	@Test
	void dataSurvivesARestartOnH2(@TempDir Path dataDir) {
		String workspace = "restart-" + UUID.randomUUID().toString().substring(0, 8);
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			seed(emulator.admin(), workspace);
		}
		try (RunningEmulator emulator = RunningEmulator.embedded(dataDir, Map.of())) {
			assertSeeded(emulator.admin(), workspace);
		}
	}

	@Test
	void dataSurvivesARestartOnPostgres() {
		String workspace = "restart-" + UUID.randomUUID().toString().substring(0, 8);
		try (RunningEmulator emulator = RunningEmulator.postgres(Map.of())) {
			seed(emulator.admin(), workspace);
		}
		try (RunningEmulator emulator = RunningEmulator.postgres(Map.of())) {
			assertSeeded(emulator.admin(), workspace);
		}
	}

	@Test
	void postgresAndH2GiveTheSameAnswers(@TempDir Path dataDir) {
		String workspace = "parity-" + UUID.randomUUID().toString().substring(0, 8);
		try (RunningEmulator h2 = RunningEmulator.embedded(dataDir, Map.of());
				RunningEmulator postgres = RunningEmulator.postgres(Map.of())) {
			for (Http admin : List.of(h2.admin(), postgres.admin())) {
				admin.putJson("/_emulator/v1/clock", "{\"now\": \"2024-06-01T00:00:00Z\"}");
				admin.putJson("/_emulator/v1/workspaces/" + workspace, "{\"timezone\": \"America/St_Johns\"}");
				Response generated = admin.postJson("/_emulator/v1/workspaces/" + workspace + "/generate",
						"{\"seed\": 3, \"from\": \"2024-04-20T00:00:00Z\", \"eventsPerDay\": 300}");
				assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
			}
			for (String query : QUERIES) {
				String path = "/_emulator/v1/workspaces/" + workspace + "/stats?" + query
						+ (query.contains("from=") ? "" : "&from=2024-04-15&to=2024-06-02");
				JsonNode fromH2 = h2.admin().get(path).json();
				assertThat(fromH2.path("total").asLong()).as(query).isPositive();
				assertThat(postgres.admin().get(path).json()).as(query).isEqualTo(fromH2);
			}
			assertThat(postgres.admin().get("/_emulator/v1/workspaces/" + workspace + "/messages").json())
				.isEqualTo(h2.admin().get("/_emulator/v1/workspaces/" + workspace + "/messages").json());
			postgres.admin().delete("/_emulator/v1/workspaces/" + workspace);
		}
	}

	private static void seed(Http admin, String workspace) {
		assertThat(
				admin
					.putJson("/_emulator/v1/workspaces/" + workspace,
							"{\"timezone\": \"Europe/Athens\", \"getresponse\": {\"apiKeys\": [\"" + workspace
									+ "-key\"]}}")
					.status())
			.isEqualTo(201);
		Response ingested = admin.postJson("/_emulator/v1/workspaces/" + workspace + "/events",
				TestEvents.array(event("opened", "2024-01-01T10:00:00Z").id("a").message("m").contact("x"),
						event("opened", "2024-01-02T10:00:00Z").id("b").message("m").contact("x")));
		assertThat(ingested.status()).isEqualTo(200);
	}

	private static void assertSeeded(Http admin, String workspace) {
		assertThat(admin.get("/_emulator/v1/workspaces/" + workspace).json().path("timezone").asString())
			.isEqualTo("Europe/Athens");
		JsonNode unique = admin
			.get("/_emulator/v1/workspaces/" + workspace
					+ "/stats?type=opened&unique=true&from=2024-01-01&to=2024-01-03")
			.json();
		assertThat(unique.path("buckets").get(0).path("count").asLong()).isEqualTo(1);
		assertThat(unique.path("buckets").get(1).path("count").asLong()).isZero();
		// Ids stay known: re-sending is a no-op.
		Response again = admin.postJson("/_emulator/v1/workspaces/" + workspace + "/events",
				TestEvents.array(event("opened", "2024-01-01T10:00:00Z").id("a").message("m").contact("x")));
		assertThat(again.json().path("duplicates").asInt()).isEqualTo(1);
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
