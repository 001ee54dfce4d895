package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.RunningEmulator;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL: paging through getMessageLog with any limit returns every matching event
 * exactly once, in time order, with full pages until the last, whose token is empty. The
 * events crowd a few milliseconds, so pages often end inside a run of equal times.
 */
class MessageLogPagingIT {

	private static final List<String> TYPES = List.of("sent", "delivered", "opened", "inbox_delivered", "inbox_read",
			"inbox_opened", "inbox_deleted", "clicked", "conversion");

	private static final List<String> PLATFORMS = List.of("ios", "android", "chrome", "huawei_android");

	private static RunningEmulator emulator;

	private static synchronized RunningEmulator emulator() {
		if (emulator == null) {
			emulator = RunningEmulator.postgres(Map.of());
		}
		return emulator;
	}

	@AfterContainer
	static void stop() {
		if (emulator != null) {
			emulator.close();
			emulator = null;
		}
	}

	@Property(tries = 10)
	void everyMatchingEventExactlyOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int limit,
			@ForAll @IntRange(min = 1, max = 97) int batch) {
		Random random = new Random(seed);
		String workspace = "paging-" + UUID.randomUUID().toString().substring(0, 8);
		String token = "pw-" + workspace;
		Http admin = emulator().admin();
		admin.putJson("/_emulator/v1/workspaces/" + workspace, "{\"pushwoosh\": {\"tokens\": [{\"token\": \"" + token
				+ "\", \"applications\": [\"" + PushwooshFixture.PUSH_APP + "\"]}]}}");

		Instant start = Instant.parse("2024-03-20T10:00:00Z");
		int count = 20 + random.nextInt(180);
		List<Builder> events = new ArrayList<>();
		List<String[]> facts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String type = TYPES.get(random.nextInt(TYPES.size()));
			String platform = PLATFORMS.get(random.nextInt(PLATFORMS.size()));
			boolean readable = random.nextInt(10) > 0;
			// Few distinct milliseconds: many events share one.
			Instant at = start.plusMillis(random.nextInt(count / 4 + 1));
			events.add(event(type, at.toString()).message("M-1")
				.channel("push")
				.platform(platform)
				.contact("hwid-" + i)
				.with("user", "u-" + i)
				.with("application", readable ? PushwooshFixture.PUSH_APP : "FORBI-DDEN1"));
			facts.add(new String[] { type, platform, Boolean.toString(readable), Long.toString(at.toEpochMilli()) });
		}
		List<String> actions = new ArrayList<>(TYPES.subList(0, 7));
		Collections.shuffle(actions, random);
		actions = actions.subList(0, 1 + random.nextInt(actions.size()));
		List<String> platforms = new ArrayList<>(PLATFORMS);
		Collections.shuffle(platforms, random);
		platforms = platforms.subList(0, 1 + random.nextInt(platforms.size()));

		Set<String> expected = new HashSet<>();
		for (int i = 0; i < count; i++) {
			String[] fact = facts.get(i);
			if (actions.contains(fact[0]) && platforms.contains(fact[1]) && Boolean.parseBoolean(fact[2])) {
				expected.add("u-" + i);
			}
		}
		Collections.shuffle(events, random);
		for (int from = 0; from < events.size(); from += batch) {
			Response ingested = admin.postJson("/_emulator/v1/workspaces/" + workspace + "/events",
					TestEvents.array(events.subList(from, Math.min(events.size(), from + batch))));
			assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
		}

		Http pushwoosh = emulator().http().withHeader("Authorization", "Api " + token);
		String filters = "\"message_code\": \"M-1\", \"actions\": " + json(actions) + ", \"platforms\": "
				+ json(platforms.stream().map((p) -> p.replace('_', ' ')).toList());
		List<String> seen = new ArrayList<>();
		String pageToken = "";
		long lastTime = Long.MIN_VALUE;
		int pages = 0;
		do {
			Response page = pushwoosh.postJson("/api/v2/statistics/getMessageLog", "{" + filters + ", \"limit\": "
					+ limit + (pageToken.isEmpty() ? "" : ", \"pagination_token\": \"" + pageToken + "\"") + "}");
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			JsonNode body = page.json();
			pageToken = body.path("pagination_token").asString();
			JsonNode data = body.path("data");
			if (!pageToken.isEmpty()) {
				assertThat(data.size()).as("a page with a next page is full").isEqualTo(limit);
			}
			else {
				assertThat(data.size()).isLessThanOrEqualTo(limit);
			}
			for (JsonNode row : data) {
				seen.add(row.path("user_id").asString());
				long time = Instant.parse(row.path("timestamp").asString()).toEpochMilli();
				assertThat(time).isGreaterThanOrEqualTo(lastTime);
				lastTime = time;
			}
			pages++;
			assertThat(pages).as("paging ends").isLessThanOrEqualTo(count + 1);
		}
		while (!pageToken.isEmpty());
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(new HashSet<>(seen)).isEqualTo(expected);
		admin.delete("/_emulator/v1/workspaces/" + workspace);
	}

	private static String json(List<String> values) {
		return "[\"" + String.join("\", \"", values) + "\"]";
	}

}
