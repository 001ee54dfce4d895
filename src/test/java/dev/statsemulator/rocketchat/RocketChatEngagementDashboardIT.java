package dev.statsemulator.rocketchat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * messages/messages-sent, messages/origin and messages/top-five-popular-channels over
 * HTTP, on known events ingested out of order.
 */
class RocketChatEngagementDashboardIT extends PostgresIntegrationTest {

	private static final String MESSAGES_SENT = "/api/v1/engagement-dashboard/messages/messages-sent";

	private static final String ORIGIN = "/api/v1/engagement-dashboard/messages/origin";

	private static final String TOP_FIVE = "/api/v1/engagement-dashboard/messages/top-five-popular-channels";

	private String workspace(String timezone) {
		return RocketChatWorkspaces.create(admin(), timezone, true);
	}

	/** The workspace's dashboard user, with the configured token. */
	private Http dashboardUser(String workspace) {
		return http().withHeader("X-User-Id", workspace + "-admin").withHeader("X-Auth-Token", workspace + "-token");
	}

	private void ingest(String workspace, List<Builder> events) {
		List<Builder> shuffled = new ArrayList<>(events);
		Collections.shuffle(shuffled, new Random(7));
		int half = shuffled.size() / 2;
		for (List<Builder> batch : List.of(shuffled.subList(half, shuffled.size()), shuffled.subList(0, half))) {
			Response response = admin().postJson("/_emulator/v1/workspaces/" + workspace + "/events",
					TestEvents.array(batch));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
		}
	}

	/** {@code count} chat messages a second apart from {@code at}, in one room. */
	private static List<Builder> messages(String at, int count, String roomId, String name, String type,
			String... contacts) {
		List<Builder> events = new ArrayList<>();
		Instant first = Instant.parse(at);
		for (int i = 0; i < count; i++) {
			Builder event = event("chat_message", first.plusSeconds(i).toString()).room(roomId, name, type);
			if (contacts.length > 0) {
				event.contact(contacts[i % contacts.length]);
			}
			events.add(event);
		}
		return events;
	}

	private static List<Builder> inGeneral(String at, int count) {
		return messages(at, count, "GENERAL", "general", "c");
	}

	private static String range(String start, String end) {
		return "?start=" + start + "&end=" + end;
	}

	private Response get(Http user, String path) {
		Response response = user.get(path);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		return response;
	}

	@Test
	void reproducesTheVendorsWorkedExample() {
		String id = workspace("UTC");
		List<Builder> events = new ArrayList<>();
		// The period: 2023-05-20 to 2023-05-30, the rows of the vendor's example.
		events.addAll(inGeneral("2023-05-30T10:00:00Z", 183));
		events.addAll(messages("2023-05-29T10:00:00Z", 101, "rnd", "random", "p"));
		events.addAll(inGeneral("2023-05-27T10:00:00Z", 1));
		events.addAll(messages("2023-05-26T10:00:00Z", 114, "dm", "alice-bob", "d"));
		events.addAll(inGeneral("2023-05-25T10:00:00Z", 79));
		events.addAll(messages("2023-05-24T10:00:00Z", 126, "support", "support", "l"));
		events.addAll(inGeneral("2023-05-23T10:00:00Z", 129));
		events.addAll(inGeneral("2023-05-22T10:00:00Z", 22));
		events.addAll(inGeneral("2023-05-21T23:59:55Z", 5));
		// The previous period, 2023-05-08 to 2023-05-19: 44 messages, so variation 716.
		events.addAll(inGeneral("2023-05-08T00:00:00Z", 14));
		events.addAll(inGeneral("2023-05-19T23:59:30Z", 30));
		// Outside both.
		events.addAll(inGeneral("2023-05-07T23:43:19Z", 1000));
		events.addAll(inGeneral("2023-05-31T00:00:00Z", 500));
		ingest(id, events);

		Response response = get(dashboardUser(id),
				MESSAGES_SENT + range("2023-05-20T00%3A00%3A00.000Z", "2023-05-30T00%3A00%3A00.000Z"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"days\":[" + "{\"day\":\"2023-05-30T00:00:00.000Z\",\"messages\":183},"
				+ "{\"day\":\"2023-05-29T00:00:00.000Z\",\"messages\":101},"
				+ "{\"day\":\"2023-05-27T00:00:00.000Z\",\"messages\":1},"
				+ "{\"day\":\"2023-05-26T00:00:00.000Z\",\"messages\":114},"
				+ "{\"day\":\"2023-05-25T00:00:00.000Z\",\"messages\":79},"
				+ "{\"day\":\"2023-05-24T00:00:00.000Z\",\"messages\":126},"
				+ "{\"day\":\"2023-05-23T00:00:00.000Z\",\"messages\":129},"
				+ "{\"day\":\"2023-05-22T00:00:00.000Z\",\"messages\":22},"
				+ "{\"day\":\"2023-05-21T00:00:00.000Z\",\"messages\":5}],"
				+ "\"period\":{\"count\":760,\"variation\":716},"
				+ "\"yesterday\":{\"count\":101,\"variation\":82},\"success\":true}");
	}

	@Test
	void thePeriodAndThePreviousPeriodKeepAtMostNDays() {
		String id = workspace("UTC");
		List<Builder> events = new ArrayList<>();
		events.addAll(inGeneral("2023-05-16T12:00:00Z", 1000));
		events.addAll(inGeneral("2023-05-17T12:00:00Z", 100));
		events.addAll(inGeneral("2023-05-18T12:00:00Z", 20));
		events.addAll(inGeneral("2023-05-19T12:00:00Z", 10));
		events.addAll(inGeneral("2023-05-20T12:00:00Z", 7));
		events.addAll(inGeneral("2023-05-21T12:00:00Z", 5));
		events.addAll(inGeneral("2023-05-22T12:00:00Z", 3));
		ingest(id, events);

		// 42 hours: 1 whole day, so N = 2, though the range touches 3 days (20 to 22).
		// The previous period runs from the 17th to the 19th, also capped at 2 rows.
		Response response = get(dashboardUser(id),
				MESSAGES_SENT + range("2023-05-20T12:00:00.000Z", "2023-05-22T06:00:00.000Z"));

		assertThat(response.body()).isEqualTo("{\"days\":[" + "{\"day\":\"2023-05-22T00:00:00.000Z\",\"messages\":3},"
				+ "{\"day\":\"2023-05-21T00:00:00.000Z\",\"messages\":5}],"
				+ "\"period\":{\"count\":8,\"variation\":-22},"
				+ "\"yesterday\":{\"count\":5,\"variation\":-2},\"success\":true}");
	}

	@Test
	void daysAreLocalCalendarDaysOfTheWorkspace() {
		String id = workspace("Europe/Athens");
		List<Builder> events = new ArrayList<>();
		events.addAll(inGeneral("2023-05-20T20:30:00Z", 1)); // 20 May, 23:30 in Athens
		events.addAll(inGeneral("2023-05-21T20:59:59.999Z", 1)); // 21 May, 23:59:59.999
		events.addAll(inGeneral("2023-05-21T21:00:00Z", 2)); // 22 May, 00:00
		ingest(id, events);

		// 21 May 03:00 to 22 May 15:00 in Athens: N = 2; the previous period is 18 to 20
		// May.
		Response response = get(dashboardUser(id),
				MESSAGES_SENT + range("2023-05-21T00:00:00.000Z", "2023-05-22T12:00:00.000Z"));

		assertThat(response.body()).isEqualTo("{\"days\":[" + "{\"day\":\"2023-05-21T21:00:00.000Z\",\"messages\":2},"
				+ "{\"day\":\"2023-05-20T21:00:00.000Z\",\"messages\":1}],"
				+ "\"period\":{\"count\":3,\"variation\":2},"
				+ "\"yesterday\":{\"count\":1,\"variation\":1},\"success\":true}");
	}

	@Test
	void theWidestRangeJavaScriptDatesAllowFindsEveryDayWithMessages() {
		String id = workspace("Europe/Athens");
		List<Builder> events = new ArrayList<>();
		events.addAll(inGeneral("1971-03-10T12:00:00Z", 4));
		events.addAll(inGeneral("2019-03-10T12:00:00Z", 2));
		events.addAll(inGeneral("2023-05-21T12:00:00Z", 3));
		events.addAll(inGeneral("2023-05-22T12:00:00Z", 1));
		events.addAll(inGeneral("2199-06-01T12:00:00Z", 5));
		ingest(id, events);

		Response response = get(dashboardUser(id),
				MESSAGES_SENT + range("-271821-04-20T00:00:00.000Z", "%2B275760-09-13T00:00:00.000Z"));

		assertThat(response.body()).isEqualTo("{\"days\":[" + "{\"day\":\"2199-05-31T21:00:00.000Z\",\"messages\":5},"
				+ "{\"day\":\"2023-05-21T21:00:00.000Z\",\"messages\":1},"
				+ "{\"day\":\"2023-05-20T21:00:00.000Z\",\"messages\":3},"
				+ "{\"day\":\"2019-03-09T22:00:00.000Z\",\"messages\":2},"
				+ "{\"day\":\"1971-03-09T22:00:00.000Z\",\"messages\":4}],"
				+ "\"period\":{\"count\":15,\"variation\":15},"
				+ "\"yesterday\":{\"count\":0,\"variation\":0},\"success\":true}");
	}

	/**
	 * An end before the start, as the server's code computes it: N =
	 * diffBetweenDaysInclusive(end, start) (moment's day difference, truncated toward
	 * zero, + 1); a $limit only for a truthy N; MongoDB refuses a negative one.
	 */
	@Test
	void anEndBeforeTheStartFollowsTheServersDayArithmetic() {
		String id = workspace("UTC");
		List<Builder> events = new ArrayList<>();
		events.addAll(inGeneral("2023-05-29T12:00:00Z", 4));
		events.addAll(inGeneral("2023-05-30T12:00:00Z", 6));
		ingest(id, events);
		Http user = dashboardUser(id);

		// 1 ms before: N = 1. No current day (05-30 > 05-29); the previous period is
		// 05-28..05-29 with one row, 05-29's 4 messages.
		Response response = get(user, MESSAGES_SENT + range("2023-05-30T00:00:00.000Z", "2023-05-29T23:59:59.999Z"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"days\":[],\"period\":{\"count\":0,\"variation\":-4},"
				+ "\"yesterday\":{\"count\":0,\"variation\":0},\"success\":true}");
		// Six hours before on the same day: N = 1, the day itself; previous 05-29 (4).
		assertThat(get(user, MESSAGES_SENT + range("2023-05-30T12:00:00.000Z", "2023-05-30T06:00:00.000Z")).body())
			.isEqualTo("{\"days\":[{\"day\":\"2023-05-30T00:00:00.000Z\",\"messages\":6}],"
					+ "\"period\":{\"count\":6,\"variation\":2},"
					+ "\"yesterday\":{\"count\":0,\"variation\":6},\"success\":true}");
		// 30 hours before: N = 0, no $limit; the previous period is the day before the
		// start, 05-30 (6).
		assertThat(get(user, MESSAGES_SENT + range("2023-05-31T12:00:00.000Z", "2023-05-30T06:00:00.000Z")).body())
			.isEqualTo("{\"days\":[],\"period\":{\"count\":0,\"variation\":-6},"
					+ "\"yesterday\":{\"count\":0,\"variation\":0},\"success\":true}");
		// Three days before: N = -2, a negative $limit, which MongoDB refuses.
		Response refused = get(user, MESSAGES_SENT + range("2023-06-02T00:00:00.000Z", "2023-05-30T00:00:00.000Z"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).isEqualTo("{\"success\":false,\"error\":\"the limit must be positive\"}");
		// And the same instant twice is one day.
		assertThat(get(user, MESSAGES_SENT + range("2023-05-30T00:00:00.000Z", "2023-05-30T00:00:00.000Z")).body())
			.isEqualTo("{\"days\":[{\"day\":\"2023-05-30T00:00:00.000Z\",\"messages\":6}],"
					+ "\"period\":{\"count\":6,\"variation\":2},"
					+ "\"yesterday\":{\"count\":0,\"variation\":6},\"success\":true}");
	}

	@Test
	void originsCountMessagesPerRoomTypeAndListEveryType() {
		String id = workspace("UTC");
		List<Builder> events = new ArrayList<>();
		events.addAll(messages("2023-05-21T10:00:00Z", 6, "GENERAL", "general", "c"));
		events.addAll(messages("2023-05-22T10:00:00Z", 2, "rnd", "random", "c"));
		events.addAll(messages("2023-05-22T11:00:00Z", 1, "news", "announcements", "c"));
		events.addAll(messages("2023-05-21T10:00:00Z", 4, "dev-team", "dev", "p"));
		events.addAll(messages("2023-05-22T10:00:00Z", 1, "sales-team", "sales", "p"));
		events.addAll(messages("2023-05-22T10:00:00Z", 3, "dm-ab", "alice-bob", "d", "alice", "bob"));
		events.addAll(messages("2023-05-21T10:00:00Z", 5, "livechat-1", "support", "l"));
		events.addAll(messages("2023-05-19T10:00:00Z", 100, "rnd", "random", "c"));
		events.addAll(messages("2023-05-19T10:00:00Z", 1, "dm-ab", "alice-bob", "d", "carol"));
		events.addAll(messages("2023-05-23T10:00:00Z", 2, "GENERAL", "general", "c"));
		ingest(id, events);

		assertThat(
				get(dashboardUser(id), ORIGIN + range("2023-05-21T00:00:00.000Z", "2023-05-22T00:00:00.000Z")).body())
			.isEqualTo("{\"origins\":[{\"messages\":9,\"t\":\"c\"},{\"messages\":5,\"t\":\"p\"},"
					+ "{\"messages\":5,\"t\":\"l\"},{\"messages\":3,\"t\":\"d\"}],\"success\":true}");
		assertThat(
				get(dashboardUser(id), ORIGIN + range("2023-05-23T00:00:00.000Z", "2023-05-23T00:00:00.000Z")).body())
			.isEqualTo("{\"origins\":[{\"messages\":2,\"t\":\"c\"},{\"messages\":0,\"t\":\"p\"},"
					+ "{\"messages\":0,\"t\":\"d\"},{\"messages\":0,\"t\":\"l\"}],\"success\":true}");
		assertThat(
				get(dashboardUser(id), ORIGIN + range("2023-05-23T00:00:00.000Z", "2023-05-22T00:00:00.000Z")).body())
			.isEqualTo("{\"origins\":[{\"messages\":0,\"t\":\"c\"},{\"messages\":0,\"t\":\"p\"},"
					+ "{\"messages\":0,\"t\":\"d\"},{\"messages\":0,\"t\":\"l\"}],\"success\":true}");

		// The five busiest rooms of 21 and 22 May; a direct room lists everyone who wrote
		// in it (carol wrote before the range).
		assertThat(
				get(dashboardUser(id), TOP_FIVE + range("2023-05-21T00:00:00.000Z", "2023-05-22T00:00:00.000Z")).body())
			.isEqualTo("{\"channels\":[" + "{\"messages\":6,\"t\":\"c\",\"name\":\"general\",\"usernames\":[]},"
					+ "{\"messages\":5,\"t\":\"l\",\"name\":\"support\",\"usernames\":[]},"
					+ "{\"messages\":4,\"t\":\"p\",\"name\":\"dev\",\"usernames\":[]},"
					+ "{\"messages\":3,\"t\":\"d\",\"name\":\"alice-bob\",\"usernames\":[\"alice\",\"bob\",\"carol\"]},"
					+ "{\"messages\":2,\"t\":\"c\",\"name\":\"random\",\"usernames\":[]}],\"success\":true}");
		assertThat(
				get(dashboardUser(id), TOP_FIVE + range("2023-05-24T00:00:00.000Z", "2023-05-25T00:00:00.000Z")).body())
			.isEqualTo("{\"channels\":[],\"success\":true}");
	}

	@Test
	void aUserSeesOnlyTheirOwnWorkspace() {
		String mine = workspace("UTC");
		String theirs = workspace("UTC");
		ingest(mine, inGeneral("2023-05-21T10:00:00Z", 2));
		ingest(theirs, inGeneral("2023-05-21T10:00:00Z", 40));
		String query = range("2023-05-21T00:00:00.000Z", "2023-05-21T00:00:00.000Z");

		assertThat(get(dashboardUser(mine), MESSAGES_SENT + query).json().path("period").path("count").asLong())
			.isEqualTo(2);
		assertThat(get(dashboardUser(theirs), MESSAGES_SENT + query).json().path("period").path("count").asLong())
			.isEqualTo(40);
		assertThat(get(dashboardUser(mine), ORIGIN + query).json().path("origins").get(0).path("messages").asLong())
			.isEqualTo(2);
		// One workspace's user id with another's token is nobody.
		Response mixed = http().withHeader("X-User-Id", mine + "-admin")
			.withHeader("X-Auth-Token", theirs + "-token")
			.get(MESSAGES_SENT + query);
		assertThat(mixed.status()).isEqualTo(401);
	}

}
