package dev.statsemulator.tellody;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Report/UniqueCode: the flexible totals and the calendar variant. */
class TellodyUniqueCodeIT extends TellodyIntegrationTest {

	/** 4 August 2015 00:00 in Athens. */
	private static final long AUGUST_4 = 1438635600000L;

	/** 10 August 2015 23:59:59.999 in Athens. */
	private static final long AUGUST_10_END = 1439240399999L;

	/** Code activity of one SMS campaign and its landing page, and an email campaign. */
	private static List<Builder> campaign() {
		return List.of(
				// the day before the period: outside
				event("sent", "2015-08-03T23:59:59.999+03:00").channel("sms"),
				event("sent", "2015-08-04T00:00:00+03:00").channel("sms"),
				event("sent", "2015-08-04T09:00:00+03:00").channel("sms").with("status", "error"),
				event("sent", "2015-08-06T09:00:00+03:00").channel("sms"),
				event("clicked", "2015-08-06T09:05:00+03:00").channel("sms").with("link", "https://t.ly/c1"),
				event("downloaded", "2015-08-06T09:06:00+03:00").channel("sms"),
				event("voucher_viewed", "2015-08-06T09:07:00+03:00").channel("sms"),
				event("voucher_viewed", "2015-08-07T10:00:00+03:00").channel("sms"),
				event("optout_requested", "2015-08-08T11:00:00+03:00").channel("sms"),
				// a completed opt-out is a contact activity, not a code one
				event("optout_completed", "2015-08-08T11:00:00+03:00"),
				event("sent", "2015-08-05T08:00:00+03:00").channel("email"),
				event("sent", "2015-08-10T23:59:59.999+03:00").channel("email"),
				event("clicked", "2015-08-10T20:00:00+03:00").channel("email"),
				// push sends are neither SMS nor email attempts
				event("sent", "2015-08-05T08:00:00+03:00").channel("push"),
				// the day after the period: outside
				event("sent", "2015-08-11T00:00:00+03:00").channel("email"),
				event("delivered", "2015-08-06T09:00:01+03:00").channel("sms"));
	}

	@Test
	void flexibleTotalsOverTheVendorsSevenDays() {
		String id = workspace("Europe/Athens");
		ingest(id, campaign());
		String body = ok(loggedIn(id)
			.uniqueCode("{\"from\":" + AUGUST_4 + ",\"to\":" + AUGUST_10_END + ",\"unit\":\"day\",\"dow\":0}")).body();
		assertThat(body).isEqualTo("{\"SMS_SENT\":3,\"DL\":1,\"OPTOUT\":1,\"URL\":2,\"VOUCHER\":2,\"EMAIL_SENT\":2}");
	}

	@Test
	void flexiblePeriodsNeedNoCalendarAlignmentAndIgnoreDow() {
		String id = workspace("Europe/Athens");
		ingest(id, campaign());
		TellodyClient client = loggedIn(id);
		// From 6 August 09:05:00.000 to 7 August 10:00:00.000, both inclusive.
		long from = 1438841100000L;
		long to = 1438930800000L;
		assertThat(
				ok(client.uniqueCode("{\"from\":" + from + ",\"to\":" + to + ",\"unit\":\"hour\",\"dow\":3}")).body())
			.isEqualTo("{\"SMS_SENT\":0,\"DL\":1,\"OPTOUT\":0,\"URL\":1,\"VOUCHER\":2,\"EMAIL_SENT\":0}");
		// One millisecond less on either side drops the events on the edges.
		assertThat(
				ok(client.uniqueCode("{\"from\":" + (from + 1) + ",\"to\":" + (to - 1) + ",\"unit\":\"hour\"}")).body())
			.isEqualTo("{\"SMS_SENT\":0,\"DL\":1,\"OPTOUT\":0,\"URL\":0,\"VOUCHER\":1,\"EMAIL_SENT\":0}");
		// A single millisecond.
		assertThat(
				ok(client.uniqueCode("{\"from\":" + from + ",\"to\":" + from + ",\"unit\":\"day\",\"dow\":0}")).json()
					.path("URL")
					.asLong())
			.isEqualTo(1);
	}

	@Test
	void calendarVariantAnswersOneEntryPerUnitOfTheWindow() {
		String id = workspace("Europe/Athens");
		ingest(id, campaign());
		TellodyClient client = loggedIn(id);
		// The Sunday week of 2 to 8 August, by day.
		JsonNode week = ok(client
			.uniqueCode("{\"from\":1438462800000,\"to\":1439067599999,\"unit\":\"day\",\"window\":\"week\",\"dow\":0}"))
			.json();
		assertThat(week.propertyNames()).containsExactly("SMS_SENT", "DL", "OPTOUT", "URL", "VOUCHER", "EMAIL_SENT");
		assertThat(week.path("SMS_SENT").toString()).isEqualTo("[0,1,2,0,1,0,0]");
		assertThat(week.path("DL").toString()).isEqualTo("[0,0,0,0,1,0,0]");
		assertThat(week.path("OPTOUT").toString()).isEqualTo("[0,0,0,0,0,0,1]");
		assertThat(week.path("URL").toString()).isEqualTo("[0,0,0,0,1,0,0]");
		assertThat(week.path("VOUCHER").toString()).isEqualTo("[0,0,0,0,1,1,0]");
		assertThat(week.path("EMAIL_SENT").toString()).isEqualTo("[0,0,0,1,0,0,0]");
		// The Tuesday week of 4 to 10 August (dow 2) is exactly the vendor's seven days.
		JsonNode tuesdays = ok(client.uniqueCode("{\"from\":" + AUGUST_4 + ",\"to\":" + AUGUST_10_END
				+ ",\"unit\":\"week\",\"window\":\"week\",\"dow\":2}"))
			.json();
		assertThat(tuesdays.toString())
			.isEqualTo("{\"SMS_SENT\":[3],\"DL\":[1],\"OPTOUT\":[1],\"URL\":[2],\"VOUCHER\":[2],\"EMAIL_SENT\":[2]}");
		// With a window, the calendar rules apply: the same period with Sunday weeks is
		// refused.
		assertThat(client
			.uniqueCode("{\"from\":" + AUGUST_4 + ",\"to\":" + AUGUST_10_END
					+ ",\"unit\":\"day\",\"window\":\"week\",\"dow\":0}")
			.status()).isEqualTo(400);
	}

}
