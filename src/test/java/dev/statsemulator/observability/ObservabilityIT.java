package dev.statsemulator.observability;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation as a job, and the Prometheus scrape: per-vendor request counts and latency
 * histograms by route pattern and status, ingest and generation series, store sizes.
 */
class ObservabilityIT extends PostgresIntegrationTest {

	@Autowired
	private StoreSizeMetrics storeSizes;

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	@Test
	void generationRunsAsAJobWithProgress() throws Exception {
		String ws = newWorkspaceId("job");
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + ws, "{\"timezone\": \"Europe/Athens\"}").status())
			.isEqualTo(201);
		this.clock.freeze(Instant.parse("2024-08-10T12:00:00Z"));
		Response accepted = admin().postJson("/_emulator/v1/workspaces/" + ws + "/generate?async=true",
				"{\"seed\": 11, \"days\": 20, \"eventsPerDay\": 500}");
		assertThat(accepted.status()).isEqualTo(202);
		String location = accepted.header("Location");
		assertThat(location).startsWith("/_emulator/v1/generation-jobs/");
		assertThat(accepted.json().path("workspace").asString()).isEqualTo(ws);
		assertThat(accepted.json().path("daysTotal").asInt()).isEqualTo(21);
		JsonNode job = accepted.json();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		boolean sawProgress = false;
		while (!job.path("state").asString().equals("succeeded") && System.nanoTime() < deadline) {
			assertThat(job.path("state").asString()).as(job.toString()).isIn("queued", "running");
			if (job.path("state").asString().equals("running") && job.path("daysDone").asInt() > 0) {
				sawProgress = true;
				assertThat(job.path("progress").asDouble()).isBetween(0.0, 1.0);
				assertThat(job.path("estimatedSecondsLeft").isNumber()).isTrue();
			}
			Thread.sleep(50);
			job = admin().get(location).json();
		}
		assertThat(job.path("state").asString()).isEqualTo("succeeded");
		assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
		assertThat(job.path("daysDone").asInt()).isEqualTo(21);
		assertThat(job.path("events").asLong()).isPositive();
		assertThat(job.path("stored").asLong()).isEqualTo(job.path("events").asLong());
		assertThat(job.path("eventsPerSecond").asDouble()).isPositive();
		assertThat(job.path("result").path("stored").asLong()).isEqualTo(job.path("stored").asLong());
		System.out.println("Generation job: " + job + (sawProgress ? " (progress seen while running)" : ""));
		// The blocking form is unchanged, and agrees: the same request stores nothing
		// new.
		Response blocking = admin().postJson("/_emulator/v1/workspaces/" + ws + "/generate",
				"{\"seed\": 11, \"days\": 20, \"eventsPerDay\": 500}");
		assertThat(blocking.status()).isEqualTo(200);
		assertThat(blocking.json().path("stored").asLong()).isZero();
		assertThat(blocking.json().path("events").asLong()).isEqualTo(job.path("events").asLong());
	}

	@Test
	void aJobIsRefusedAtOnceWhenTheRequestIsWrong() {
		String ws = newWorkspaceId("job");
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + ws, "{\"timezone\": \"UTC\"}").status())
			.isEqualTo(201);
		Response bad = admin().postJson("/_emulator/v1/workspaces/" + ws + "/generate?async=true", "{\"days\": 0}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
		assertThat(admin().postJson("/_emulator/v1/workspaces/nope-" + ws + "/generate?async=true", "{}").status())
			.isEqualTo(404);
		Response unknown = admin().get("/_emulator/v1/generation-jobs/no-such-job");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(http().get("/_emulator/v1/generation-jobs").status()).isEqualTo(401);
	}

	@Test
	void aScrapeShowsPerVendorRequestsIngestAndStoreSizes() {
		String ws = newWorkspaceId("metrics");
		assertThat(admin()
			.putJson("/_emulator/v1/workspaces/" + ws,
					"{\"timezone\": \"UTC\", \"pushwoosh\": {\"tokens\": [{\"token\": \"tok-" + ws
							+ "\", \"applications\": [\"APP-1\"]}]}}")
			.status()).isEqualTo(201);
		assertThat(admin().postJson("/_emulator/v1/workspaces/" + ws + "/events",
				"[{\"type\": \"sent\", \"at\": \"2024-01-01T00:00:00Z\", \"channel\": \"push\", \"application\": \"APP-1\"}]")
			.status()).isEqualTo(200);
		http().withHeader("Authorization", "Api tok-" + ws)
			.postJson("/api/v2/messages:list", "{\"filters\": {\"application\": \"APP-1\"}}");
		http().withHeader("Authorization", "Api wrong")
			.postJson("/api/v2/messages:list", "{\"filters\": {\"application\": \"APP-1\"}}");
		http().postJson("/", "{\"method\": \"ping\", \"params\": [\"x\"], \"id\": 1}");
		// Tellody's login is answered by a security filter: no controller, yet its route.
		http().post("/CampaignCloud/login", "application/x-www-form-urlencoded", "username=nobody&password=x");
		this.storeSizes.refresh();
		Response scrape = http().get("/actuator/prometheus");
		assertThat(scrape.status()).isEqualTo(200);
		String text = scrape.body();
		assertThat(text).containsPattern(
				"http_server_requests_seconds_count\\{api=\"pushwoosh\",[^}]*status=\"200\",uri=\"/api/v2/messages:list\"\\} \\d+");
		assertThat(text).containsPattern("http_server_requests_seconds_count\\{api=\"pushwoosh\",[^}]*status=\"401\"");
		assertThat(text).containsPattern("http_server_requests_seconds_count\\{api=\"getresponse\",[^}]*uri=\"/\"\\}");
		assertThat(text).containsPattern(
				"http_server_requests_seconds_count\\{api=\"tellody\",[^}]*method=\"POST\"[^}]*uri=\"/CampaignCloud/login\"\\}");
		assertThat(text).containsPattern(
				"http_server_requests_seconds_count\\{api=\"control\",[^}]*uri=\"/_emulator/v1/workspaces/\\{id\\}/events\"");
		assertThat(text).containsPattern("http_server_requests_seconds_bucket\\{api=\"pushwoosh\",[^}]*le=\"0.05\"");
		assertThat(text).doesNotContain("uri=\"/_emulator/v1/workspaces/" + ws);
		assertThat(text).containsPattern("emulator_ingest_events_total\\{outcome=\"stored\"\\} \\d+");
		assertThat(text).contains("emulator_ingest_batches_total");
		assertThat(text).contains("emulator_generation_jobs{state=\"running\"}");
		assertThat(text).containsPattern("emulator_store_events\\{workspace=\"[a-z0-9-]+\"\\} \\d+");
	}

}
