package dev.statsemulator.eventstore;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day buckets follow the workspace's time zone, and answer the same as the hours would.
 */
class DayRollupIT extends PostgresIntegrationTest {

	@Autowired
	private CountStore counts;

	@Test
	void dayBucketsAreRebuiltWhenTheZoneChanges() {
		String id = newWorkspaceId("rollup");
		admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\": \"UTC\"}");
		// 21:30Z and 22:30Z are the same UTC day but different days in Athens (+03:00 in
		// July).
		admin().postJson("/_emulator/v1/workspaces/" + id + "/events",
				TestEvents.array(event("sent", "2024-07-01T20:30:00Z"), event("sent", "2024-07-01T21:30:00Z"),
						event("sent", "2024-07-02T12:00:00Z")));
		assertThat(this.counts.dayRollupZone(id)).contains(ZoneId.of("UTC"));
		assertThat(days(id)).isEqualTo("[2,1,0]");

		admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\": \"Europe/Athens\"}");
		// Rebuilt at once, without waiting for the next ingest.
		assertThat(this.counts.dayRollupZone(id)).contains(ZoneId.of("Europe/Athens"));
		assertThat(days(id)).isEqualTo("[1,2,0]");
		// The same answer as from the hours alone, in a zone whose days are not stored.
		assertThat(days(id, "&timezone=Europe/Bucharest")).isEqualTo("[1,2,0]");
	}

	private String days(String id) {
		return days(id, "");
	}

	private String days(String id, String zone) {
		JsonNode stats = admin()
			.get("/_emulator/v1/workspaces/" + id + "/stats?type=sent&from=2024-07-01&to=2024-07-04" + zone)
			.json();
		StringBuilder counts = new StringBuilder("[");
		stats.path("buckets")
			.forEach((bucket) -> counts.append(counts.length() > 1 ? "," : "").append(bucket.path("count").asLong()));
		return counts.append("]").toString();
	}

}
