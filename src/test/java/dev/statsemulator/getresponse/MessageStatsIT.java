package dev.statsemulator.getresponse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * get_message_stats on known events, ingested out of order: the vendor page's example,
 * its hint and both warnings, groupings, created_on and the missing-message error.
 */
class MessageStatsIT extends GetResponseIntegrationTest {

	private static final String MESSAGE = "nl-2010";

	/** The vendor page's example response, as documented. */
	private static final String VENDOR_EXAMPLE = """
			{
			    "2010-01-01": {
			        "sent": 1024,
			        "opened": 512,
			        "unique_opened": 256,
			        "clicked": 128,
			        "unique_clicked": 64,
			        "goals": 8,
			        "unique_goals": 4,
			        "forwarded": 2,
			        "unsubscribes": 1,
			        "bounces_user_unknown": 8,
			        "bounces_user_recycled": 1,
			        "bounces_mailbox_full": 2,
			        "bounces_block_content": 0,
			        "bounces_block_timeout": 0,
			        "bounces_block_other": 1,
			        "bounces_other_soft": 16,
			        "bounces_other_hard": 2,
			        "complaints_handled": 1,
			        "complaints_unhandled": 0
			    },
			    "2010-01-02": {
			        "sent": 0,
			        "opened": 64,
			        "unique_opened": 32,
			        "clicked": 16,
			        "unique_clicked": 8,
			        "goals": 2,
			        "unique_goals": 0,
			        "forwarded": 0,
			        "unsubscribes": 0,
			        "bounces_user_unknown": 0,
			        "bounces_user_recycled": 0,
			        "bounces_mailbox_full": 1,
			        "bounces_block_content": 0,
			        "bounces_block_timeout": 0,
			        "bounces_block_other": 0,
			        "bounces_other_soft": 2,
			        "bounces_other_hard": 0,
			        "complaints_handled": 1,
			        "complaints_unhandled": 0
			    }
			}""";

	private static String contact(int i) {
		return "c" + i + "@example.com";
	}

	private static Builder on(String type, String at, int contact) {
		return event(type, at).message(MESSAGE).contact(contact(contact));
	}

	/**
	 * Events that give the vendor's example, in the vendor's zone (Europe/Warsaw, +01:00
	 * in winter). Day 1 is 2010-01-01 local, day 2 is 2010-01-02 local; repeat actions on
	 * day 2 come from contacts whose first action was on day 1.
	 */
	private static List<Builder> day1() {
		List<Builder> events = new ArrayList<>();
		for (int c = 0; c < 1024; c++) {
			events.add(on("sent", "2010-01-01T08:00:00Z", c));
		}
		for (int c = 0; c < 256; c++) {
			events.add(on("opened", "2010-01-01T09:00:00Z", c));
			events.add(on("opened", "2010-01-01T21:00:00Z", c));
		}
		for (int c = 0; c < 64; c++) {
			events.add(on("clicked", "2010-01-01T09:30:00Z", c));
			events.add(on("clicked", "2010-01-01T22:30:00Z", c));
		}
		for (int c = 0; c < 4; c++) {
			events.add(on("goal", "2010-01-01T10:00:00Z", c));
			events.add(on("goal", "2010-01-01T12:00:00Z", c));
		}
		events.add(on("forwarded", "2010-01-01T11:00:00Z", 0));
		events.add(on("forwarded", "2010-01-01T11:00:00Z", 1));
		events.add(on("unsubscribed", "2010-01-01T13:00:00Z", 1000));
		int bounced = 1001;
		for (String[] bounce : new String[][] { { "user_unknown", "8" }, { "user_recycled", "1" },
				{ "mailbox_full", "2" }, { "block_other", "1" }, { "other_soft", "16" }, { "other_hard", "2" } }) {
			for (int i = 0; i < Integer.parseInt(bounce[1]); i++) {
				events.add(on("bounced", "2010-01-01T08:05:00Z", bounced++).with("bounce", bounce[0]));
			}
		}
		// The last minute of 2010-01-01 in Warsaw.
		events.add(on("complained", "2010-01-01T22:59:59.999Z", 500).with("handled", true));
		return events;
	}

	private static List<Builder> day2() {
		List<Builder> events = new ArrayList<>();
		for (int c = 0; c < 32; c++) {
			// The first minute of 2010-01-02 in Warsaw.
			events.add(on("opened", "2010-01-01T23:00:00Z", 256 + c));
			events.add(on("opened", "2010-01-02T10:00:00Z", c));
		}
		for (int c = 0; c < 8; c++) {
			events.add(on("clicked", "2010-01-02T10:30:00Z", 64 + c));
			events.add(on("clicked", "2010-01-02T10:30:00Z", c));
		}
		events.add(on("goal", "2010-01-02T11:00:00Z", 0));
		events.add(on("goal", "2010-01-02T11:00:00Z", 1));
		events.add(on("bounced", "2010-01-02T12:00:00Z", 1040).with("bounce", "mailbox_full"));
		events.add(on("bounced", "2010-01-02T12:00:00Z", 1041).with("bounce", "other_soft"));
		events.add(on("bounced", "2010-01-02T12:00:00Z", 1042).with("bounce", "other_soft"));
		events.add(on("complained", "2010-01-02T13:00:00Z", 501).with("handled", true));
		return events;
	}

	/** The example's workspace, shared by the tests that only read it. */
	private static Account example;

	/** The example's events, day 2 ingested before day 1, each day shuffled. */
	private Account vendorExample() {
		if (example == null) {
			Account account = account("Europe/Warsaw");
			ingestShuffled(account, day2(), 2, 50);
			ingestShuffled(account, day1(), 1, 400);
			example = account;
		}
		return example;
	}

	private JsonNode stats(Account account, String conditions) {
		return result("get_message_stats", account.apiKey(), conditions);
	}

	@Test
	void theVendorExampleRoundTripsExactly() {
		Account account = vendorExample();
		// The vendor page's example request, with a real operator and date.
		String request = """
				{"jsonrpc": "2.0", "method": "get_message_stats", "id": 1, "params": [
				    "%s",
				    {
				        "message": "nl-2010",
				        "grouping": "daily",
				        "created_on": {
				            "FROM": "2010-01-01"
				        }
				    }
				]}""".formatted(account.apiKey());
		assertThat(rpc(request).body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + compact(VENDOR_EXAMPLE) + ",\"id\":1}");
		// A JSON-RPC 1.0 caller gets the same result in its own envelope.
		String oneZero = "{\"method\":\"get_message_stats\",\"params\":[\"" + account.apiKey()
				+ "\",{\"message\":\"nl-2010\"}],\"id\":\"r-7\"}";
		assertThat(rpc(oneZero).body())
			.isEqualTo("{\"result\":" + compact(VENDOR_EXAMPLE) + ",\"error\":null,\"id\":\"r-7\"}");
	}

	@Test
	void sentIsZeroOnDaysWithOnlyLaterActivity() {
		JsonNode secondDay = stats(vendorExample(), "{\"message\":\"nl-2010\"}").path("2010-01-02");
		assertThat(secondDay.path("sent").isIntegralNumber()).isTrue();
		assertThat(secondDay.path("sent").asLong()).isZero();
		assertThat(secondDay.path("opened").asLong()).isEqualTo(64);
		assertThat(secondDay.path("clicked").asLong()).isEqualTo(16);
		assertThat(secondDay.path("bounces_other_soft").asLong()).isEqualTo(2);
		assertThat(secondDay.path("complaints_handled").asLong()).isEqualTo(1);
	}

	@Test
	void onlyPeriodsWithAPositiveCounterAppear() {
		Account account = account("Europe/Warsaw");
		// Sends on the 1st, opens on the 2nd; a delivery on the 4th counts towards none
		// of
		// the counters, an open on the 6th does; the 3rd and 5th have nothing, and
		// another
		// message's open on the 5th is not this message's.
		ingest(account,
				List.of(on("opened", "2010-01-06T12:00:00Z", 2), on("delivered", "2010-01-04T12:00:00Z", 1),
						on("opened", "2010-01-02T12:00:00Z", 1), on("sent", "2010-01-01T12:00:00Z", 1),
						on("sent", "2010-01-01T12:00:00Z", 2),
						event("opened", "2010-01-05T12:00:00Z").message("another-message").contact(contact(1))));
		JsonNode daily = stats(account, "{\"message\":\"nl-2010\"}");
		assertThat(daily.propertyNames()).containsExactly("2010-01-01", "2010-01-02", "2010-01-06");
		assertThat(daily.path("2010-01-06").path("opened").asLong()).isEqualTo(1);
		assertThat(daily.path("2010-01-06").path("unique_opened").asLong()).isEqualTo(1);
		assertThat(daily.path("2010-01-06").path("sent").asLong()).isZero();
		JsonNode hourly = stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"hourly\"}");
		assertThat(hourly.propertyNames()).containsExactly("2010-01-01 13", "2010-01-02 13", "2010-01-06 13");
		// The example's hours: only those with activity.
		assertThat(stats(vendorExample(), "{\"message\":\"nl-2010\",\"grouping\":\"hourly\"}").propertyNames())
			.containsExactly("2010-01-01 09", "2010-01-01 10", "2010-01-01 11", "2010-01-01 12", "2010-01-01 13",
					"2010-01-01 14", "2010-01-01 22", "2010-01-01 23", "2010-01-02 00", "2010-01-02 11",
					"2010-01-02 12", "2010-01-02 13", "2010-01-02 14");
	}

	@Test
	void uniqueActionsCountInThePeriodOfTheFirstActionWhateverTheArrivalOrder() {
		Account account = account("Europe/Warsaw");
		// Day B's opens arrive first: the contact's first open looks like day B's.
		ingest(account, List.of(on("opened", "2010-03-02T10:00:00Z", 1), on("opened", "2010-03-02T11:00:00Z", 2)));
		JsonNode before = stats(account, "{\"message\":\"nl-2010\"}");
		assertThat(before.path("2010-03-02").path("unique_opened").asLong()).isEqualTo(2);
		// Then contact 1's open of day A arrives: the unique open moves to day A.
		ingest(account, List.of(on("opened", "2010-03-01T10:00:00Z", 1)));
		JsonNode after = stats(account, "{\"message\":\"nl-2010\"}");
		assertThat(after.propertyNames()).containsExactly("2010-03-01", "2010-03-02");
		assertThat(after.path("2010-03-01").path("opened").asLong()).isEqualTo(1);
		assertThat(after.path("2010-03-01").path("unique_opened").asLong()).isEqualTo(1);
		assertThat(after.path("2010-03-02").path("opened").asLong()).isEqualTo(2);
		assertThat(after.path("2010-03-02").path("unique_opened").asLong()).isEqualTo(1);
		// In the example, day 2's repeat actions never count as unique, though they were
		// stored before day 1's.
		JsonNode example = stats(vendorExample(), "{\"message\":\"nl-2010\"}");
		assertThat(example.path("2010-01-01").path("unique_opened").asLong()).isEqualTo(256);
		assertThat(example.path("2010-01-02").path("unique_opened").asLong()).isEqualTo(32);
		assertThat(example.path("2010-01-02").path("unique_goals").asLong()).isZero();
		assertThat(example.path("2010-01-02").path("goals").asLong()).isEqualTo(2);
	}

	@Test
	void groupingsKeyPeriodsInTheWorkspaceTimezone() {
		Account account = account("Europe/Warsaw");
		// 23:30 on 31 December and 00:30 on 1 January, Warsaw time.
		ingest(account, List.of(on("sent", "2009-12-31T22:30:00Z", 1), on("sent", "2009-12-31T23:30:00Z", 2),
				on("sent", "2009-12-31T23:45:00Z", 3)));
		assertThat(stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"hourly\"}").toString())
			.startsWith("{\"2009-12-31 23\":{\"sent\":1,")
			.contains("\"2010-01-01 00\":{\"sent\":2,");
		assertThat(stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"daily\"}").propertyNames())
			.containsExactly("2009-12-31", "2010-01-01");
		assertThat(stats(account, "{\"message\":\"nl-2010\"}").propertyNames()).containsExactly("2009-12-31",
				"2010-01-01");
		JsonNode monthly = stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"monthly\"}");
		assertThat(monthly.propertyNames()).containsExactly("2009-12", "2010-01");
		assertThat(monthly.path("2010-01").path("sent").asLong()).isEqualTo(2);
		assertThat(stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"yearly\"}").propertyNames())
			.containsExactly("2009", "2010");
	}

	@Test
	void theRepeatedHourOfADstChangeIsOnePeriod() {
		Account account = account("Europe/Athens");
		// 00:30Z and 01:30Z are both 03:30 local on 27 October 2024 (summer time ends).
		ingest(account, List.of(on("sent", "2024-10-27T00:30:00Z", 1), on("sent", "2024-10-27T01:30:00Z", 2)));
		JsonNode hourly = stats(account, "{\"message\":\"nl-2010\",\"grouping\":\"hourly\"}");
		assertThat(hourly.propertyNames()).containsExactly("2024-10-27 03");
		assertThat(hourly.path("2024-10-27 03").path("sent").asLong()).isEqualTo(2);
	}

	@Test
	void createdOnSelectsPeriodsByDate() {
		Account account = account("Europe/Warsaw");
		List<Builder> events = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			// Noon local time on 1 to 5 February: day-many sends.
			for (int i = 0; i < day; i++) {
				events.add(on("sent", "2010-02-0" + day + "T11:00:00Z", i));
			}
		}
		ingestShuffled(account, events, 5, 4);
		assertThat(days(account, "{\"AT\":\"2010-02-03\"}")).containsExactly("2010-02-03");
		assertThat(days(account, "{\"EQUALS\":\"2010-02-03\"}")).containsExactly("2010-02-03");
		assertThat(days(account, "{\"FROM\":\"2010-02-02\",\"TO\":\"2010-02-04\"}")).containsExactly("2010-02-02",
				"2010-02-03", "2010-02-04");
		assertThat(days(account, "{\"GREATER\":\"2010-02-03\"}")).containsExactly("2010-02-04", "2010-02-05");
		assertThat(days(account, "{\"GREATER_OR_EQUALS\":\"2010-02-04\"}")).containsExactly("2010-02-04", "2010-02-05");
		assertThat(days(account, "{\"LESS\":\"2010-02-02\"}")).containsExactly("2010-02-01");
		assertThat(days(account, "{\"LESS_OR_EQUALS\":\"2010-02-02\"}")).containsExactly("2010-02-01", "2010-02-02");
		assertThat(days(account, "{\"FROM\":\"2010-02-05\",\"TO\":\"2010-02-01\"}")).isEmpty();
		assertThat(days(account, "{}")).hasSize(5);
		// Longer periods are selected by their date, their first day, and listed whole.
		assertThat(periods(account, "monthly", "{\"FROM\":\"2010-02-04\"}")).isEmpty();
		assertThat(periods(account, "monthly", "{\"AT\":\"2010-02-03\"}")).isEmpty();
		for (String createdOn : new String[] { "{\"FROM\":\"2010-02-01\"}", "{\"AT\":\"2010-02-01\"}",
				"{\"TO\":\"2010-02-01\"}", "{\"FROM\":\"2010-01-15\",\"LESS\":\"2010-02-02\"}" }) {
			JsonNode monthly = stats(account,
					"{\"message\":\"nl-2010\",\"grouping\":\"monthly\",\"created_on\":" + createdOn + "}");
			assertThat(monthly.propertyNames()).as(createdOn).containsExactly("2010-02");
			assertThat(monthly.path("2010-02").path("sent").asLong()).as(createdOn).isEqualTo(1 + 2 + 3 + 4 + 5);
		}
		assertThat(periods(account, "monthly", "{\"LESS\":\"2010-02-01\"}")).isEmpty();
		assertThat(periods(account, "yearly", "{\"AT\":\"2010-01-01\"}")).containsExactly("2010");
		assertThat(stats(account,
				"{\"message\":\"nl-2010\",\"grouping\":\"yearly\",\"created_on\":{\"TO\":\"2010-01-01\"}}")
			.path("2010")
			.path("sent")
			.asLong()).isEqualTo(15);
		assertThat(periods(account, "yearly", "{\"GREATER\":\"2010-01-01\"}")).isEmpty();
		// An hour's date is its day.
		assertThat(periods(account, "hourly", "{\"AT\":\"2010-02-03\"}")).containsExactly("2010-02-03 12");
		assertThat(periods(account, "hourly", "{\"GREATER\":\"2010-02-03\"}")).containsExactly("2010-02-04 12",
				"2010-02-05 12");
	}

	private List<String> periods(Account account, String grouping, String createdOn) {
		return List.copyOf(stats(account,
				"{\"message\":\"nl-2010\",\"grouping\":\"" + grouping + "\",\"created_on\":" + createdOn + "}")
			.propertyNames());
	}

	private List<String> days(Account account, String createdOn) {
		return List
			.copyOf(stats(account, "{\"message\":\"nl-2010\",\"created_on\":" + createdOn + "}").propertyNames());
	}

	@Test
	void missingUnknownForeignOrNonEmailMessagesAreMissing() {
		Account account = account("UTC");
		Account other = account("UTC");
		ingest(other, List.of(event("sent", "2024-01-01T10:00:00Z").message("theirs").contact("x@example.com")));
		ingest(account, List.of(event("sent", "2024-01-01T10:00:00Z").message("push-1").channel("push")));
		String missing = "{\"code\":-1,\"message\":\"Missing message\"}";
		for (String conditions : new String[] { null, "{}", "{\"message\":null}", "{\"message\":\"nope\"}",
				"{\"message\":\"theirs\"}", "{\"message\":\"push-1\"}" }) {
			assertThat(call("get_message_stats", account.apiKey(), conditions).body()).as(conditions)
				.isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":" + missing + ",\"id\":1}");
		}
		// The owner sees it.
		assertThat(result("get_message_stats", other.apiKey(), "{\"message\":\"theirs\"}").propertyNames())
			.containsExactly("2024-01-01");
	}

	@Test
	void aRegisteredMessageWithoutEventsHasNoPeriods() {
		Account account = account("UTC");
		registerMessages(account, "[{\"id\": \"quiet\", \"subject\": \"Nothing yet\"}]");
		assertThat(call("get_message_stats", account.apiKey(), "{\"message\":\"quiet\"}").body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":1}");
	}

	@Test
	void badConditionsAreInvalidParams() {
		Account account = account("UTC");
		ingest(account, List.of(on("sent", "2024-01-01T10:00:00Z", 1)));
		assertThat(error("get_message_stats", account.apiKey(), "{\"message\":\"nl-2010\",\"grouping\":\"weekly\"}")
			.toString()).isEqualTo(
					"{\"code\":-32602,\"message\":\"Invalid params\",\"data\":\"grouping must be one of hourly, daily, monthly, yearly\"}");
		assertThat(error("get_message_stats", account.apiKey(), "{\"message\":\"nl-2010\",\"grouping\":\"Daily\"}")
			.path("code")
			.asInt()).isEqualTo(-32602);
		assertThat(error("get_message_stats", account.apiKey(),
				"{\"message\":\"nl-2010\",\"created_on\":{\"from\":\"2024-01-01\"}}")
			.path("data")
			.asString()).startsWith("created_on: unknown time operator 'from' (operators are upper case");
		assertThat(error("get_message_stats", account.apiKey(),
				"{\"message\":\"nl-2010\",\"created_on\":{\"FROM\":\"2024-02-30\"}}")
			.path("data")
			.asString()).isEqualTo("created_on: FROM needs a date in YYYY-MM-DD format, got \"2024-02-30\"");
		assertThat(
				error("get_message_stats", account.apiKey(), "{\"message\":\"nl-2010\",\"created_on\":\"2024-01-01\"}")
					.path("code")
					.asInt())
			.isEqualTo(-32602);
		assertThat(error("get_message_stats", account.apiKey(), "{\"message\":{\"id\":\"nl-2010\"}}").path("data")
			.asString()).isEqualTo("message must be a MESSAGE_ID string");
		assertThat(error("get_message_stats", account.apiKey(), "{\"message\":\"nl-2010\",\"resolution\":\"daily\"}")
			.path("data")
			.asString())
			.isEqualTo("Unknown condition 'resolution' for get_message_stats (known: message, grouping, created_on)");
	}

}
