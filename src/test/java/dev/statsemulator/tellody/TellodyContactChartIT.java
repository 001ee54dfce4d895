package dev.statsemulator.tellody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Report/ContactChart: calendar windows and units in the workspace's time zone. */
class TellodyContactChartIT extends TellodyIntegrationTest {

	private static List<Long> values(JsonNode array) {
		return array.valueStream().map(JsonNode::asLong).toList();
	}

	private static List<Long> zerosWith(int size, int... indexAndCount) {
		List<Long> values = new ArrayList<>(Collections.nCopies(size, 0L));
		for (int i = 0; i < indexAndCount.length; i += 2) {
			values.set(indexAndCount[i], (long) indexAndCount[i + 1]);
		}
		return values;
	}

	private static String request(long from, long to, String unit, String window, int dow) {
		return "{\"from\":" + from + ",\"to\":" + to + ",\"unit\":\"" + unit + "\",\"window\":\"" + window
				+ "\",\"dow\":" + dow + "}";
	}

	@Test
	void theVendorsSampleDayByHourInAthens() {
		String id = workspace("Europe/Athens");
		// The activities of the vendor's sample response (each entry is the hour that
		// starts
		// at its index), sent out of order, plus events just outside the day.
		ingest(id,
				List.of(event("contact_added", "2015-07-21T14:59:59.999+03:00"),
						event("optout_completed", "2015-07-21T14:30:00+03:00"),
						event("contact_added", "2015-07-21T13:05:00+03:00"),
						event("contact_added", "2015-07-21T14:00:00+03:00"),
						event("contact_served", "2015-07-21T11:20:00+03:00"),
						event("contact_added", "2015-07-21T14:10:00+03:00"),
						event("contact_added", "2015-07-20T23:59:59.999+03:00"),
						event("contact_added", "2015-07-22T00:00:00+03:00"),
						// Requested opt-outs are not completed ones.
						event("optout_requested", "2015-07-21T14:30:00+03:00")));
		Response response = ok(loggedIn(id).contactChart(
				"{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":0}"));
		JsonNode body = response.json();
		assertThat(body.propertyNames()).containsExactly("contactsAdded", "groupsAdded", "contactsBlocked",
				"contactsServed");
		assertThat(values(body.path("contactsAdded"))).isEqualTo(zerosWith(24, 13, 1, 14, 3));
		assertThat(values(body.path("groupsAdded"))).isEqualTo(zerosWith(24));
		assertThat(values(body.path("contactsBlocked"))).isEqualTo(zerosWith(24, 14, 1));
		assertThat(values(body.path("contactsServed"))).isEqualTo(zerosWith(24, 11, 1));
		// Counts are JSON integers.
		assertThat(body.path("contactsAdded").get(14).isIntegralNumber()).isTrue();
	}

	@Test
	void toIsTheLastMillisecondOfTheWindowAndInclusive() {
		String id = workspace("Europe/Athens");
		ingest(id, List.of(event("group_added", "2015-07-21T23:59:59.999+03:00"),
				event("group_added", "2015-07-21T00:00:00+03:00")));
		JsonNode body = ok(loggedIn(id).contactChart(request(1437426000000L, 1437512399999L, "hour", "day", 0))).json();
		assertThat(values(body.path("groupsAdded"))).isEqualTo(zerosWith(24, 0, 1, 23, 1));
	}

	@Test
	void dstDaysHave23And25Hours() {
		String id = workspace("Europe/Athens");
		// 2024-03-31: 03:00 local does not exist; 2024-10-27: 03:00-04:00 local happens
		// twice.
		ingest(id,
				List.of(event("contact_served", "2024-03-31T04:30:00+03:00"),
						event("contact_served", "2024-10-27T03:30:00+03:00"),
						event("contact_served", "2024-10-27T03:30:00+02:00")));
		TellodyClient client = loggedIn(id);
		List<Long> spring = values(
				ok(client.contactChart(request(1711836000000L, 1711918799999L, "hour", "day", 0))).json()
					.path("contactsServed"));
		assertThat(spring).isEqualTo(zerosWith(23, 3, 1));
		List<Long> autumn = values(
				ok(client.contactChart(request(1729976400000L, 1730066399999L, "hour", "day", 0))).json()
					.path("contactsServed"));
		assertThat(autumn).isEqualTo(zerosWith(25, 3, 1, 4, 1));
	}

	@Test
	void weeksStartOnDow() {
		String id = workspace("Europe/Athens");
		// Sunday 2 August 2015 to Saturday 8 August (the doc's 1439067599999 is its end).
		ingest(id,
				List.of(event("contact_added", "2015-08-02T00:00:00+03:00"),
						event("contact_added", "2015-08-05T12:00:00+03:00"),
						event("contact_added", "2015-08-08T23:59:59.999+03:00")));
		TellodyClient client = loggedIn(id);
		assertThat(values(ok(client.contactChart(request(1438462800000L, 1439067599999L, "day", "week", 0))).json()
			.path("contactsAdded"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L);
		// dow 1 = Monday: the week of Monday 3 August; the Sunday event is outside it.
		long monday = 1438462800000L + 86_400_000L;
		assertThat(
				values(ok(client.contactChart(request(monday, monday + 7 * 86_400_000L - 1, "day", "week", 1))).json()
					.path("contactsAdded")))
			.containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 0L);
		// dow 0 with a Monday start is refused, naming the Sunday week.
		Response wrong = client.contactChart(request(monday, monday + 7 * 86_400_000L - 1, "day", "week", 0));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("message").asString()).contains("week starting on Sunday (dow 0)",
				"1438462800000 (2015-08-02T00:00:00.000+03:00)", "1439067599999 (2015-08-08T23:59:59.999+03:00)");
	}

	@Test
	void aMonthByWeekHasOneEntryPerCalendarWeekClippedToTheMonth() {
		String id = workspace("Europe/Athens");
		// August 2015 starts on a Saturday: with Sunday weeks it spans 1 + 4 full + 1
		// partial
		// = 6 weeks; with Saturday weeks 5.
		ingest(id,
				List.of(event("contact_served", "2015-08-01T10:00:00+03:00"),
						event("contact_served", "2015-08-02T10:00:00+03:00"),
						event("contact_served", "2015-08-31T10:00:00+03:00"),
						event("contact_served", "2015-07-31T10:00:00+03:00")));
		TellodyClient client = loggedIn(id);
		long from = 1438376400000L;
		long to = 1441054799999L;
		assertThat(values(ok(client.contactChart(request(from, to, "week", "month", 0))).json().path("contactsServed")))
			.containsExactly(1L, 1L, 0L, 0L, 0L, 1L);
		assertThat(values(ok(client.contactChart(request(from, to, "week", "month", 6))).json().path("contactsServed")))
			.containsExactly(2L, 0L, 0L, 0L, 1L);
		assertThat(values(ok(client.contactChart(request(from, to, "day", "month", 0))).json().path("contactsServed")))
			.hasSize(31)
			.isEqualTo(zerosWith(31, 0, 1, 1, 1, 30, 1));
		assertThat(
				values(ok(client.contactChart(request(from, to, "month", "month", 0))).json().path("contactsServed")))
			.containsExactly(3L);
		// February 2016, a leap year: 29 days.
		assertThat(ok(client.contactChart(request(1454277600000L, 1456783199999L, "day", "month", 0))).json()
			.path("contactsServed")
			.size()).isEqualTo(29);
	}

	@Test
	void aYearByWeekHas53Or54EntriesAndByMonth12() {
		String id = workspace("Europe/Athens");
		List<Builder> events = new ArrayList<>();
		events.add(event("contact_added", "2015-01-01T00:00:00+02:00"));
		events.add(event("contact_added", "2015-12-31T23:59:59.999+02:00"));
		events.add(event("contact_added", "2015-06-15T12:00:00+03:00"));
		ingest(id, events);
		TellodyClient client = loggedIn(id);
		long from = 1420063200000L;
		long to = 1451599199999L;
		// 2015 starts on a Thursday: Sunday weeks give 1 partial + 51 full + 1 partial =
		// 53.
		List<Long> weeks = values(
				ok(client.contactChart(request(from, to, "week", "year", 0))).json().path("contactsAdded"));
		assertThat(weeks).hasSize(53);
		assertThat(weeks.get(0)).isEqualTo(1);
		assertThat(weeks.get(52)).isEqualTo(1);
		assertThat(weeks.stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
		// 2012 is a leap year from Sunday to Monday: Monday weeks give 54 (Sunday 1
		// January
		// alone, 52 full weeks, Monday 31 December alone).
		long from2012 = 1325368800000L;
		long to2012 = 1356991199999L;
		assertThat(ok(client.contactChart(request(from2012, to2012, "week", "year", 1))).json()
			.path("contactsAdded")
			.size()).isEqualTo(54);
		assertThat(values(ok(client.contactChart(request(from, to, "month", "year", 0))).json().path("contactsAdded")))
			.containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(ok(client.contactChart(request(from, to, "day", "year", 0))).json().path("contactsAdded").size())
			.isEqualTo(365);
	}

	@Test
	void windowsMustBeExactCalendarWindowsAndUnitsFitThem() {
		String id = workspace("Europe/Athens");
		TellodyClient client = loggedIn(id);
		// from one millisecond late: the message names the day's start and end.
		Response late = client.contactChart(request(1437426000001L, 1437512399999L, "hour", "day", 0));
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.json().path("status").asString()).isEqualTo("error");
		assertThat(late.json().path("message").asString()).contains("from 1437426000001",
				"not the start of a day in the workspace's time zone Europe/Athens",
				"1437426000000 (2015-07-21T00:00:00.000+03:00)", "1437512399999 (2015-07-21T23:59:59.999+03:00)");
		// The doc's prose typo for "to": refused, naming the right value.
		Response typo = client.contactChart(request(1437426000000L, 1439067599999L, "hour", "day", 0));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.json().path("message").asString()).contains("to 1439067599999",
				"send to 1437512399999 (2015-07-21T23:59:59.999+03:00)");
		// An exclusive end (midnight of the next day) is refused too.
		assertThat(client.contactChart(request(1437426000000L, 1437512400000L, "hour", "day", 0)).status())
			.isEqualTo(400);
		// UTC midnight is not Athens midnight.
		Response utc = client.contactChart(request(1437436800000L, 1437523199999L, "hour", "day", 0));
		assertThat(utc.status()).isEqualTo(400);
		assertThat(utc.json().path("message").asString()).contains("Europe/Athens");
		// A unit larger than the window.
		Response unit = client.contactChart(request(1437426000000L, 1437512399999L, "week", "day", 0));
		assertThat(unit.status()).isEqualTo(400);
		assertThat(unit.json().path("message").asString()).contains("a week does not fit in a day window",
				"use a unit of hour, day");
		Response month = client.contactChart(request(1438462800000L, 1439067599999L, "month", "week", 0));
		assertThat(month.status()).isEqualTo(400);
		assertThat(month.json().path("message").asString()).contains("hour, day, week");
	}

}
