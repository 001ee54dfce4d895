package dev.statsemulator.control;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class EventIngestIT extends PostgresIntegrationTest {

	private String workspace;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("ingest");
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + this.workspace, "{\"timezone\": \"UTC\"}").status())
			.isEqualTo(201);
	}

	private Response ingest(String body) {
		return admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/events", body);
	}

	private long total(String type) {
		Response stats = admin().get("/_emulator/v1/workspaces/" + this.workspace + "/stats?type=" + type
				+ "&from=2024-01-01&to=2025-01-01&unit=year");
		assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
		return stats.json().path("total").asLong();
	}

	@Test
	void aJsonArrayIsStoredAndCounted() {
		Response response = ingest(TestEvents.array(event("sent", "2024-08-03T15:04:05Z").message("m1"),
				event("opened", "2024-08-03T18:04:05+03:00").message("m1").contact("a@example.com"),
				event("opened", 1722697445000L + "").message("m1")));
		// epoch milliseconds must be a number, not a string
		assertThat(response.status()).isEqualTo(400);

		response = ingest(TestEvents.array(event("sent", "2024-08-03T15:04:05Z").message("m1"),
				event("opened", "2024-08-03T18:04:05+03:00").message("m1").contact("a@example.com"),
				event("opened", "x").with("at", 1722697445000L).message("m1")));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("received").asInt()).isEqualTo(3);
		assertThat(response.json().path("stored").asInt()).isEqualTo(3);
		assertThat(response.json().path("duplicates").asInt()).isZero();
		assertThat(total("sent")).isEqualTo(1);
		assertThat(total("opened")).isEqualTo(2);
	}

	@Test
	void ndjsonIsAccepted() {
		String body = TestEvents.ndjson(List.of(event("clicked", "2024-02-29T23:59:59.999Z").message("m2"),
				event("clicked", "2024-03-01T00:00:00Z").message("m2"))) + "\n\n";
		Response response = admin().post("/_emulator/v1/workspaces/" + this.workspace + "/events",
				"application/x-ndjson", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("stored").asInt()).isEqualTo(2);
		assertThat(total("clicked")).isEqualTo(2);

		Response broken = admin().post("/_emulator/v1/workspaces/" + this.workspace + "/events", "application/x-ndjson",
				"{\"type\":\"sent\",\"at\":\"2024-01-01T00:00:00Z\"}\n{oops\n");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().path("detail").asString()).contains("Line 2");
		assertThat(total("sent")).isZero();
	}

	@Test
	void idsMakeIngestIdempotent() {
		String batch = TestEvents.array(event("sent", "2024-05-01T10:00:00Z").id("e-1").message("m"),
				event("sent", "2024-05-01T10:00:01Z").id("e-2").message("m"));
		assertThat(ingest(batch).json().path("stored").asInt()).isEqualTo(2);
		Response again = ingest(batch);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("stored").asInt()).isZero();
		assertThat(again.json().path("duplicates").asInt()).isEqualTo(2);
		// The same instant written another way is the same content.
		Response sameInstant = ingest(
				TestEvents.array(event("sent", "2024-05-01T13:00:00+03:00").id("e-1").message("m")));
		assertThat(sameInstant.json().path("duplicates").asInt()).isEqualTo(1);
		assertThat(total("sent")).isEqualTo(2);
	}

	@Test
	void aReusedIdWithOtherContentRejectsTheWholeBatch() {
		ingest(TestEvents.array(event("sent", "2024-05-01T10:00:00Z").id("e-1").message("m")));
		Response conflict = ingest(TestEvents.array(event("sent", "2024-05-02T10:00:00Z").id("fresh").message("m"),
				event("sent", "2024-05-01T10:00:00Z").id("e-1").message("other")));
		assertThat(conflict.status()).isEqualTo(409);
		JsonNode error = conflict.json().path("errors").get(0);
		assertThat(error.path("index").asInt()).isEqualTo(1);
		assertThat(error.path("field").asString()).isEqualTo("id");
		assertThat(total("sent")).isEqualTo(1);

		Response inBatch = ingest(TestEvents.array(event("sent", "2024-05-03T10:00:00Z").id("twin").message("m"),
				event("opened", "2024-05-03T10:00:00Z").id("twin").message("m")));
		assertThat(inBatch.status()).isEqualTo(409);
		assertThat(total("sent")).isEqualTo(1);
	}

	@Test
	void oneBadEventStoresNothingAndEveryProblemIsListed() {
		Response response = ingest("""
				[{"type": "sent", "at": "2024-05-01T10:00:00Z", "message": "m"},
				 {"type": "teleported", "at": "2024-05-01T10:00:00Z"},
				 {"type": "opened", "at": "yesterday", "platform": "palm", "timestamp": 1},
				 {"type": "bounced", "at": "2024-05-01T10:00:00Z", "bounce": "weird"},
				 {"type": "chat_message", "at": "2024-05-01T10:00:00Z"},
				 {"at": 1714557600000},
				 "not an object"]""");
		assertThat(response.status()).isEqualTo(400);
		List<String> errors = response.json()
			.path("errors")
			.valueStream()
			.map((error) -> error.path("index").asInt() + ":" + error.path("field").asString(""))
			.toList();
		assertThat(errors).contains("1:type", "2:at", "2:platform", "2:timestamp", "3:bounce", "4:room", "5:type",
				"6:");
		assertThat(errors).noneMatch((error) -> error.startsWith("0:"));
		assertThat(response.json().path("errors").get(0).path("message").asString()).isNotBlank();
		assertThat(total("sent")).isZero();
	}

	@Test
	void badBodiesAreClear400s() {
		assertThat(ingest("{\"type\": \"sent\"}").json().path("detail").asString()).contains("array");
		assertThat(ingest("[1,").status()).isEqualTo(400);
		assertThat(
				admin().send("POST", "/_emulator/v1/workspaces/" + this.workspace + "/events", "application/json", "")
					.status())
			.isEqualTo(400);
		Response secondsNotMillis = ingest("[{\"type\": \"sent\", \"at\": 1714557600}]");
		assertThat(secondsNotMillis.status()).isEqualTo(400);
		assertThat(secondsNotMillis.body()).contains("1970");
	}

	/**
	 * The body is read as it arrives and parsed events are held only up to the batch
	 * limit: a body of more events than that (here 600,000 one-line events, 28 MB) is
	 * refused at the first event past the limit, in either form, and stores nothing.
	 */
	@Test
	void aBatchPastTheLimitIsRefusedAsItIsRead() {
		String line = "{\"type\":\"sent\",\"at\":\"2024-01-01T00:00:00Z\"}";
		String ndjson = (line + "\n").repeat(600_000);
		Response lines = admin().post("/_emulator/v1/workspaces/" + this.workspace + "/events", "application/x-ndjson",
				ndjson);
		assertThat(lines.status()).as(lines.toString()).isEqualTo(400);
		assertThat(lines.json().path("detail").asString()).contains("more than 50000 events")
			.contains("emulator.ingest.max-batch-events");
		Response array = ingest("[" + (line + ",").repeat(600_000) + line + "]");
		assertThat(array.status()).as(array.toString()).isEqualTo(400);
		assertThat(array.json().path("detail").asString()).contains("more than 50000 events");
		assertThat(total("sent")).isZero();

		Response trailing = ingest("[" + line + "] [" + line + "]");
		assertThat(trailing.status()).isEqualTo(400);
		assertThat(trailing.json().path("detail").asString()).contains("more content after");
		Response huge = ingest("[{\"type\":\"sent\",\"name\":\"" + "a".repeat(200_000) + "\"}]");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().path("detail").asString()).contains("exceeds").doesNotContain("StreamReadConstraints");
		Response scalar = ingest("null");
		assertThat(scalar.status()).isEqualTo(400);
		assertThat(scalar.json().path("detail").asString()).isEqualTo("Send a JSON array of events");
		assertThat(total("sent")).isZero();
	}

}
