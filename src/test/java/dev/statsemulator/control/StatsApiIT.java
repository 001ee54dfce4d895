package dev.statsemulator.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class StatsApiIT extends PostgresIntegrationTest {

	private String workspace(String timezone) {
		String id = newWorkspaceId("stats");
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\": \"" + timezone + "\"}").status())
			.isEqualTo(201);
		return id;
	}

	private void ingest(String workspace, List<Builder> events) {
		Response response = admin().postJson("/_emulator/v1/workspaces/" + workspace + "/events",
				TestEvents.array(events));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private JsonNode stats(String workspace, String query) {
		Response response = admin().get("/_emulator/v1/workspaces/" + workspace + "/stats?" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static List<Long> counts(JsonNode stats) {
		return stats.path("buckets").valueStream().map((bucket) -> bucket.path("count").asLong()).toList();
	}

	private static List<String> starts(JsonNode stats) {
		return stats.path("buckets").valueStream().map((bucket) -> bucket.path("start").asString()).toList();
	}

	@Test
	void daysFollowTheWorkspaceTimezone() {
		String id = workspace("Europe/Athens");
		// 2015-07-21 00:00 in Athens is 2015-07-20T21:00Z.
		ingest(id, List.of(event("contact_added", "2015-07-20T20:59:59.999Z"),
				event("contact_added", "2015-07-20T21:00:00Z"), event("contact_added", "2015-07-21T11:30:00Z"),
				event("contact_added", "2015-07-21T20:59:59.999Z"), event("contact_added", "2015-07-21T21:00:00Z")));
		JsonNode stats = stats(id, "type=contact_added&from=2015-07-20&to=2015-07-23&unit=day");
		assertThat(stats.path("timezone").asString()).isEqualTo("Europe/Athens");
		assertThat(stats.path("from").asString()).isEqualTo("2015-07-20T00:00:00+03:00");
		assertThat(stats.path("to").asString()).isEqualTo("2015-07-23T00:00:00+03:00");
		assertThat(starts(stats)).containsExactly("2015-07-20T00:00:00+03:00", "2015-07-21T00:00:00+03:00",
				"2015-07-22T00:00:00+03:00");
		assertThat(counts(stats)).containsExactly(1L, 3L, 1L);
		assertThat(stats.path("total").asLong()).isEqualTo(5);
		// The same events through UTC's calendar.
		assertThat(counts(stats(id, "type=contact_added&from=2015-07-20&to=2015-07-23&unit=day&timezone=UTC")))
			.containsExactly(2L, 3L, 0L);
	}

	@Test
	void dstDaysHave23And25HourlyBuckets() {
		String id = workspace("Europe/Athens");
		ingest(id, List.of(event("sent", "2024-03-31T00:30:00Z"), event("sent", "2024-10-27T00:30:00Z"),
				event("sent", "2024-10-27T01:30:00Z")));
		JsonNode spring = stats(id, "type=sent&from=2024-03-31&to=2024-04-01&unit=hour");
		assertThat(spring.path("buckets").size()).isEqualTo(23);
		assertThat(starts(spring)).contains("2024-03-31T02:00:00+02:00", "2024-03-31T04:00:00+03:00")
			.doesNotContain("2024-03-31T03:00:00+02:00");
		JsonNode autumn = stats(id, "type=sent&from=2024-10-27&to=2024-10-28&unit=hour");
		assertThat(autumn.path("buckets").size()).isEqualTo(25);
		// 00:30Z and 01:30Z are both local 03:30, in the first and the repeated 03:00
		// hour.
		assertThat(starts(autumn).subList(3, 5)).containsExactly("2024-10-27T03:00:00+03:00",
				"2024-10-27T03:00:00+02:00");
		assertThat(counts(autumn).subList(3, 5)).containsExactly(1L, 1L);
	}

	@Test
	void halfAndQuarterHourZonesAreExact() {
		String id = workspace("Asia/Kathmandu");
		// Kathmandu is +05:45: 2024-06-10 starts at 2024-06-09T18:15Z.
		ingest(id, List.of(event("clicked", "2024-06-09T18:14:59.999Z"), event("clicked", "2024-06-09T18:15:00Z"),
				event("clicked", "2024-06-10T18:14:00Z"), event("clicked", "2024-06-10T18:16:00Z")));
		assertThat(counts(stats(id, "type=clicked&from=2024-06-09&to=2024-06-12&unit=day"))).containsExactly(1L, 2L,
				1L);
		// Kolkata is +05:30: all four are late on a local day, two on the 9th and two on
		// the 10th.
		assertThat(counts(stats(id, "type=clicked&from=2024-06-09&to=2024-06-12&unit=day&timezone=Asia/Kolkata")))
			.containsExactly(2L, 2L, 0L);
		assertThat(counts(stats(id, "type=clicked&from=2024-06-09&to=2024-06-12&unit=day&timezone=UTC")))
			.containsExactly(2L, 2L, 0L);
	}

	@Test
	void arbitraryMillisecondRangesAreExact() {
		String id = workspace("UTC");
		ingest(id,
				List.of(event("sent", "2024-01-01T10:07:00Z"), event("sent", "2024-01-01T10:07:30.001Z"),
						event("sent", "2024-01-01T11:00:00Z"), event("sent", "2024-01-01T11:52:59.999Z"),
						event("sent", "2024-01-01T11:53:00Z")));
		JsonNode stats = stats(id, "type=sent&from=2024-01-01T10:07:30.001Z&to=2024-01-01T11:53:00Z&unit=day");
		assertThat(stats.path("total").asLong()).isEqualTo(3);
		assertThat(starts(stats)).containsExactly("2024-01-01T10:07:30.001Z");
	}

	@Test
	void weeksStartOnTheRequestedDay() {
		String id = workspace("UTC");
		// 2024-08-04 is a Sunday, 2024-08-05 a Monday.
		ingest(id, List.of(event("sent", "2024-08-04T12:00:00Z"), event("sent", "2024-08-05T12:00:00Z")));
		JsonNode monday = stats(id, "type=sent&from=2024-08-01&to=2024-09-01&unit=week");
		assertThat(starts(monday)).containsExactly("2024-08-01T00:00:00Z", "2024-08-05T00:00:00Z",
				"2024-08-12T00:00:00Z", "2024-08-19T00:00:00Z", "2024-08-26T00:00:00Z");
		assertThat(counts(monday)).containsExactly(1L, 1L, 0L, 0L, 0L);
		JsonNode sunday = stats(id, "type=sent&from=2024-08-01&to=2024-09-01&unit=week&firstDayOfWeek=sunday");
		assertThat(starts(sunday)).containsExactly("2024-08-01T00:00:00Z", "2024-08-04T00:00:00Z",
				"2024-08-11T00:00:00Z", "2024-08-18T00:00:00Z", "2024-08-25T00:00:00Z");
		assertThat(counts(sunday)).containsExactly(0L, 2L, 0L, 0L, 0L);
	}

	@Test
	void monthsAndYearsIncludingLeapDays() {
		String id = workspace("UTC");
		ingest(id, List.of(event("opened", "2024-02-29T23:59:59Z"), event("opened", "2024-03-01T00:00:00Z"),
				event("opened", "2023-12-31T23:59:59Z")));
		assertThat(counts(stats(id, "type=opened&from=2024-01-01&to=2025-01-01&unit=month"))).hasSize(12)
			.startsWith(0L, 1L, 1L);
		assertThat(counts(stats(id, "type=opened&from=2023-01-01&to=2025-01-01&unit=year"))).containsExactly(1L, 2L);
		assertThat(stats(id, "type=opened&from=2024-01-01&to=2025-01-01&unit=day").path("buckets").size())
			.isEqualTo(366);
	}

	@Test
	void filtersNarrowTheCount() {
		String id = workspace("UTC");
		ingest(id,
				List.of(event("opened", "2024-01-01T10:00:00Z").message("a").channel("push").platform("ios"),
						event("opened", "2024-01-01T10:00:00Z").message("a").channel("push").platform("android"),
						event("opened", "2024-01-01T10:00:00Z").message("b"),
						event("opened", "2024-01-01T10:00:00Z").message("b").channel("sms")));
		String range = "type=opened&from=2024-01-01&to=2024-01-02";
		assertThat(stats(id, range).path("total").asLong()).isEqualTo(4);
		assertThat(stats(id, range + "&message=a").path("total").asLong()).isEqualTo(2);
		assertThat(stats(id, range + "&platform=ios").path("total").asLong()).isEqualTo(1);
		assertThat(stats(id, range + "&channel=email").path("total").asLong()).isEqualTo(1);
		assertThat(stats(id, range + "&channel=email,sms").path("total").asLong()).isEqualTo(2);
		assertThat(stats(id, range + "&message=b&platform=email").path("total").asLong()).isEqualTo(1);
		assertThat(stats(id, range + "&message=nope").path("total").asLong()).isZero();
	}

	@Test
	void uniqueCountsTheFirstOpenPerContactWhereverItArrives() {
		String id = workspace("UTC");
		List<Builder> events = List.of(event("opened", "2024-01-02T09:00:00Z").message("m").contact("a"),
				event("opened", "2024-01-01T09:00:00Z").message("m").contact("a"),
				event("opened", "2024-01-03T09:00:00Z").message("m").contact("a"),
				event("opened", "2024-01-02T09:00:00Z").message("m").contact("b"),
				event("opened", "2024-01-02T10:00:00Z").message("other").contact("a"));
		// The later open arrives first, in its own batch.
		ingest(id, events.subList(0, 1));
		ingest(id, events.subList(1, 5));
		JsonNode unique = stats(id, "type=opened&unique=true&from=2024-01-01&to=2024-01-04&message=m");
		assertThat(counts(unique)).containsExactly(1L, 1L, 0L);
		assertThat(counts(stats(id, "type=opened&from=2024-01-01&to=2024-01-04&message=m"))).containsExactly(1L, 2L,
				1L);
		assertThat(counts(stats(id, "type=opened&unique=true&from=2024-01-01&to=2024-01-04"))).containsExactly(1L, 2L,
				0L);
	}

	@Test
	void anyOrderAndBatchingGiveTheSameAnswers() {
		List<Builder> events = new ArrayList<>();
		Random random = new Random(7);
		String[] types = { "sent", "opened", "clicked", "goal", "bounced", "conversion" };
		for (int i = 0; i < 400; i++) {
			events.add(event(types[random.nextInt(types.length)],
					"2024-03-" + (10 + random.nextInt(20)) + "T" + (10 + random.nextInt(14)) + ":"
							+ (10 + random.nextInt(50)) + ":00+0" + random.nextInt(6) + ":"
							+ (random.nextBoolean() ? "30" : "00"))
				.message("m" + random.nextInt(3))
				.contact("c" + random.nextInt(25))
				.platform(random.nextBoolean() ? "ios" : "android")
				.channel("push"));
		}
		String first = workspace("Asia/Kolkata");
		ingest(first, events);
		String second = workspace("Asia/Kolkata");
		List<Builder> shuffled = new ArrayList<>(events);
		Collections.shuffle(shuffled, new Random(11));
		for (int from = 0; from < shuffled.size(); from += 37) {
			ingest(second, shuffled.subList(from, Math.min(shuffled.size(), from + 37)));
		}
		for (String query : List.of("type=opened&unique=true&unit=day", "type=clicked&unique=true&unit=hour&message=m1",
				"type=sent&unit=week", "type=goal&unique=true&unit=day&platform=ios", "type=conversion&unit=month")) {
			String range = "&from=2024-03-01&to=2024-04-05";
			assertThat(stats(second, query + range).path("buckets")).as(query)
				.isEqualTo(stats(first, query + range).path("buckets"));
		}
		assertThat(stats(first, "type=opened&unique=true&from=2024-03-01&to=2024-04-05").path("total").asLong())
			.isPositive();
	}

	@Test
	void defaultsAreTheLast30DaysByDay() {
		String id = workspace("UTC");
		JsonNode stats = stats(id, "type=sent");
		assertThat(stats.path("unit").asString()).isEqualTo("day");
		assertThat(stats.path("buckets").size()).isEqualTo(30);
	}

	@Test
	void badQueriesSayWhatToFix() {
		String id = workspace("UTC");
		Response response = admin().get("/_emulator/v1/workspaces/" + id
				+ "/stats?type=nope&unit=fortnight&timezone=Nowhere/City&firstDayOfWeek=Funday&from=yesterday&platform=palm");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").toString()).contains("type", "unit", "timezone", "firstDayOfWeek",
				"from", "platform");
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/stats").json().path("errors").toString())
			.contains("type: is required");
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/stats?type=sent&from=2024-02-01&to=2024-01-01")
			.status()).isEqualTo(400);
		assertThat(admin().get("/_emulator/v1/workspaces/" + id + "/stats?type=sent&unique=true").status())
			.isEqualTo(400);
		assertThat(admin()
			.get("/_emulator/v1/workspaces/" + id + "/stats?type=sent&unit=hour&from=1980-01-01&to=2100-01-01")
			.status()).isEqualTo(400);
	}

}
