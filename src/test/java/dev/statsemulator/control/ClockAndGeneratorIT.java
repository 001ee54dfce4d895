package dev.statsemulator.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAndGeneratorIT extends PostgresIntegrationTest {

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	@Test
	void theClockCanBeFrozenAndReleased() {
		Response frozen = admin().putJson("/_emulator/v1/clock", "{\"now\": \"2023-05-30T12:00:00Z\"}");
		assertThat(frozen.status()).isEqualTo(200);
		assertThat(frozen.json().path("now").asString()).isEqualTo("2023-05-30T12:00:00Z");
		assertThat(frozen.json().path("frozen").asBoolean()).isTrue();
		assertThat(admin().get("/_emulator/v1/clock").json().path("now").asString()).isEqualTo("2023-05-30T12:00:00Z");
		assertThat(admin().putJson("/_emulator/v1/clock", "{\"now\": \"tomorrow\"}").status()).isEqualTo(400);
		Response released = admin().delete("/_emulator/v1/clock");
		assertThat(released.json().path("frozen").asBoolean()).isFalse();
		assertThat(released.json().path("now").asString()).startsWith("20");
	}

	@Test
	void generationIsDeterministicRealisticAndIdempotent() {
		admin().putJson("/_emulator/v1/clock", "{\"now\": \"2024-06-30T00:00:00Z\"}");
		String first = newWorkspaceId("gen");
		String second = newWorkspaceId("gen");
		admin().putJson("/_emulator/v1/workspaces/" + first, "{\"timezone\": \"Europe/Berlin\"}");
		admin().putJson("/_emulator/v1/workspaces/" + second, "{\"timezone\": \"Europe/Berlin\"}");
		String request = "{\"seed\": 5, \"from\": \"2024-06-01T00:00:00Z\", \"eventsPerDay\": 400}";
		Response generated = admin().postJson("/_emulator/v1/workspaces/" + first + "/generate", request);
		assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
		long events = generated.json().path("events").asLong();
		assertThat(events).isBetween(5_000L, 20_000L);
		assertThat(generated.json().path("stored").asLong()).isEqualTo(events);
		// The same request again stores nothing new.
		Response again = admin().postJson("/_emulator/v1/workspaces/" + first + "/generate", request);
		assertThat(again.json().path("events").asLong()).isEqualTo(events);
		assertThat(again.json().path("stored").asLong()).isZero();
		// Another workspace gets the very same traffic.
		admin().postJson("/_emulator/v1/workspaces/" + second + "/generate", request);
		for (String type : new String[] { "sent", "opened", "chat_message", "contact_added", "conversion" }) {
			String query = "/stats?type=" + type + "&from=2024-06-01&to=2024-07-01&unit=day";
			assertThat(admin().get("/_emulator/v1/workspaces/" + second + query).json().path("buckets"))
				.isEqualTo(admin().get("/_emulator/v1/workspaces/" + first + query).json().path("buckets"));
		}
		// Funnels narrow: sent > delivered > opened > clicked, with some bounces and
		// conversions.
		long sent = total(first, "sent");
		long delivered = total(first, "delivered");
		long opened = total(first, "opened&unique=true");
		long clicked = total(first, "clicked&unique=true");
		assertThat(sent).isGreaterThan(delivered);
		assertThat(delivered).isGreaterThan(opened);
		assertThat(opened).isGreaterThan(clicked);
		assertThat(clicked).isPositive();
		assertThat(total(first, "bounced")).isPositive();
		assertThat(total(first, "conversion")).isPositive();
		assertThat(total(first, "chat_message")).isPositive();
		// Nothing after the emulator's now.
		assertThat(total(first, "sent", "2024-06-30", "2024-08-01")).isZero();
		// Weekdays are busier than Sundays (2024-06-09 and 06-16 are Sundays).
		JsonNode days = admin()
			.get("/_emulator/v1/workspaces/" + first + "/stats?type=contact_added&from=2024-06-10&to=2024-06-17")
			.json()
			.path("buckets");
		assertThat(days.get(2).path("count").asLong()).isGreaterThan(days.get(6).path("count").asLong());
		assertThat(admin().get("/_emulator/v1/workspaces/" + first + "/messages").json().size()).isGreaterThan(30);
	}

	@Test
	void badGenerateRequests() {
		String id = newWorkspaceId("gen-bad");
		admin().putJson("/_emulator/v1/workspaces/" + id, "{}");
		assertThat(
				admin().postJson("/_emulator/v1/workspaces/" + id + "/generate", "{\"domains\": [\"fax\"]}").status())
			.isEqualTo(400);
		assertThat(admin().postJson("/_emulator/v1/workspaces/" + id + "/generate", "{\"eventsPerDay\": 0}").status())
			.isEqualTo(400);
		assertThat(admin().postJson("/_emulator/v1/workspaces/" + id + "/generate", "{\"days\": 100000}").status())
			.isEqualTo(400);
		assertThat(
				admin().postJson("/_emulator/v1/workspaces/" + id + "/generate", "{\"from\": \"2999-01-01T00:00:00Z\"}")
					.status())
			.isEqualTo(400);
	}

	private long total(String workspace, String type) {
		return total(workspace, type, "2024-05-01", "2024-08-01");
	}

	private long total(String workspace, String type, String from, String to) {
		return admin()
			.get("/_emulator/v1/workspaces/" + workspace + "/stats?type=" + type + "&from=" + from + "&to=" + to)
			.json()
			.path("total")
			.asLong();
	}

}
