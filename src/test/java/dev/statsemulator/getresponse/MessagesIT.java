package dev.statsemulator.getresponse;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** get_messages and get_message over the message catalogue. */
class MessagesIT extends GetResponseIntegrationTest {

	private Account account;

	@BeforeEach
	void catalogue() {
		this.account = account("Europe/Athens");
		registerMessages(this.account,
				"""
						[{"id": "nl-1", "campaign": "c1", "type": "newsletter", "subject": "August News", "name": "Weekly 1",
						  "createdAt": "2024-08-01T07:00:00Z", "sendAt": "2024-08-01T09:00:00Z"},
						 {"id": "ar-1", "campaign": "c2", "type": "autoresponder", "subject": "Welcome aboard",
						  "createdAt": "2024-08-02T07:00:00Z"},
						 {"id": "dr-1", "campaign": "c1", "type": "draft", "subject": "Draft plan", "createdAt": "2024-08-03T07:00:00Z"},
						 {"id": "ab-1", "campaign": "c1", "type": "ab_test", "subject": "A_B 100% test", "name": "Split",
						  "createdAt": "2024-08-04T07:00:00Z", "sendAt": "2024-08-05T21:30:00Z"},
						 {"id": "push-1", "channel": "push", "title": "Not an email", "createdAt": "2024-08-01T00:00:00Z"}]""");
		// A message that only events know of: a newsletter created at its first event.
		ingest(this.account, List.of(event("sent", "2024-08-06T10:00:00Z").message("ev-1").with("campaign", "c3")));
	}

	private String messages(String conditions) {
		return result("get_messages", this.account.apiKey(), conditions).toString();
	}

	private List<String> ids(String conditions) {
		return List.copyOf(result("get_messages", this.account.apiKey(), conditions).propertyNames());
	}

	@Test
	void messagesAreListedOldestFirstWithoutDrafts() {
		assertThat(messages(null)).isEqualTo(compact("""
				{
				  "nl-1": {"campaign": "c1", "type": "newsletter", "subject": "August News", "name": "Weekly 1",
				           "send_on": "2024-08-01 12:00:00", "created_on": "2024-08-01 10:00:00"},
				  "ar-1": {"campaign": "c2", "type": "autoresponder", "subject": "Welcome aboard", "name": null,
				           "created_on": "2024-08-02 10:00:00"},
				  "ab-1": {"campaign": "c1", "type": "ab_test", "subject": "A_B 100% test", "name": "Split",
				           "send_on": "2024-08-06 00:30:00", "created_on": "2024-08-04 10:00:00"},
				  "ev-1": {"campaign": "c3", "type": "newsletter", "subject": null, "name": null,
				           "send_on": "2024-08-06 13:00:00", "created_on": "2024-08-06 13:00:00"}
				}"""));
		assertThat(ids("{}")).containsExactly("nl-1", "ar-1", "ab-1", "ev-1");
	}

	@Test
	void campaignsAndTypeNarrowTheList() {
		assertThat(ids("{\"campaigns\":[\"c1\"]}")).containsExactly("nl-1", "ab-1");
		assertThat(ids("{\"campaigns\":[\"c1\",\"c2\"]}")).containsExactly("nl-1", "ar-1", "ab-1");
		assertThat(ids("{\"campaigns\":[]}")).isEmpty();
		assertThat(ids("{\"type\":\"draft\"}")).containsExactly("dr-1");
		assertThat(ids("{\"type\":\"newsletter\"}")).containsExactly("nl-1", "ev-1");
		assertThat(ids("{\"type\":\"autoresponder\",\"campaigns\":[\"c1\"]}")).isEmpty();
	}

	@Test
	void textOperatorsAreCaseInsensitiveWithWildcardsInContains() {
		assertThat(ids("{\"subject\":{\"EQUALS\":\"august news\"}}")).containsExactly("nl-1");
		// EQUALS compares literally: % is no wildcard there.
		assertThat(ids("{\"subject\":{\"EQUALS\":\"august%\"}}")).isEmpty();
		// CONTAINS matches the whole subject against the pattern.
		assertThat(ids("{\"subject\":{\"CONTAINS\":\"news\"}}")).isEmpty();
		assertThat(ids("{\"subject\":{\"CONTAINS\":\"%NEWS%\"}}")).containsExactly("nl-1");
		assertThat(ids("{\"subject\":{\"CONTAINS\":\"_ugust%\"}}")).containsExactly("nl-1");
		assertThat(ids("{\"subject\":{\"CONTAINS\":\"%\\\\_B 100\\\\% test\"}}")).containsExactly("ab-1");
		assertThat(ids("{\"subject\":{\"NOT_CONTAINS\":\"%a%\"}}")).isEmpty();
		assertThat(ids("{\"subject\":{\"NOT_EQUALS\":\"AUGUST NEWS\"}}")).containsExactly("ar-1", "ab-1");
		// Several operators: AND.
		assertThat(ids("{\"subject\":{\"CONTAINS\":\"%e%\",\"NOT_CONTAINS\":\"%news%\"}}")).containsExactly("ar-1",
				"ab-1");
		// A message without a name matches no name operator.
		assertThat(ids("{\"name\":{\"NOT_EQUALS\":\"Weekly 1\"}}")).containsExactly("ab-1");
		assertThat(ids("{\"name\":{\"CONTAINS\":\"weekly%\"}}")).containsExactly("nl-1");
	}

	@Test
	void timeOperatorsUseTheWorkspaceCalendar() {
		assertThat(ids("{\"created_on\":{\"AT\":\"2024-08-02\"}}")).containsExactly("ar-1");
		assertThat(ids("{\"created_on\":{\"FROM\":\"2024-08-02\",\"TO\":\"2024-08-04\"}}")).containsExactly("ar-1",
				"ab-1");
		// Sent at 21:30 UTC on the 5th, which is the 6th in Athens. Only messages with a
		// sending time match send_on.
		assertThat(ids("{\"send_on\":{\"AT\":\"2024-08-06\"}}")).containsExactly("ab-1", "ev-1");
		assertThat(ids("{\"send_on\":{\"LESS\":\"2024-08-06\"}}")).containsExactly("nl-1");
		assertThat(ids("{\"send_on\":{\"GREATER_OR_EQUALS\":\"2024-08-01\"},\"type\":\"newsletter\"}"))
			.containsExactly("nl-1", "ev-1");
	}

	@Test
	void oneMessageByItsId() {
		assertThat(result("get_message", this.account.apiKey(), "{\"message\":\"ar-1\"}").toString())
			.isEqualTo("{\"ar-1\":{\"campaign\":\"c2\",\"type\":\"autoresponder\",\"subject\":\"Welcome aboard\","
					+ "\"name\":null,\"created_on\":\"2024-08-02 10:00:00\"}}");
		assertThat(result("get_message", this.account.apiKey(), "{\"message\":\"dr-1\"}").propertyNames())
			.containsExactly("dr-1");
		// An unknown message, or one of another vendor's channels, gives an empty result.
		assertThat(call("get_message", this.account.apiKey(), "{\"message\":\"none\"}").body())
			.isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":1}");
		assertThat(result("get_message", this.account.apiKey(), "{\"message\":\"push-1\"}").toString()).isEqualTo("{}");
		assertThat(error("get_message", this.account.apiKey(), "{}").path("data").asString())
			.isEqualTo("message is mandatory: {\"message\": \"MESSAGE_ID\"}");
	}

	@Test
	void badConditionsAreInvalidParams() {
		assertThat(error("get_messages", this.account.apiKey(), "{\"type\":\"follow-up\"}").path("data").asString())
			.isEqualTo("type must be one of newsletter, autoresponder, ab_test, draft");
		assertThat(error("get_messages", this.account.apiKey(), "{\"campaigns\":\"c1\"}").path("data").asString())
			.isEqualTo("campaigns must be an array of CAMPAIGN_ID strings");
		assertThat(
				error("get_messages", this.account.apiKey(), "{\"subject\":{\"LIKE\":\"x\"}}").path("data").asString())
			.isEqualTo(
					"subject: unknown text operator 'LIKE' (operators are upper case: EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS)");
		assertThat(error("get_messages", this.account.apiKey(), "{\"subject\":\"x\"}").path("code").asInt())
			.isEqualTo(-32602);
		assertThat(error("get_messages", this.account.apiKey(), "{\"get_campaigns\":{}}").path("data").asString())
			.startsWith("Unknown condition 'get_campaigns' for get_messages");
		assertThat(error("get_messages", this.account.apiKey(), "{\"send_on\":{\"AT\":\"06.08.2024\"}}").path("data")
			.asString()).isEqualTo("send_on: AT needs a date in YYYY-MM-DD format, got \"06.08.2024\"");
	}

}
