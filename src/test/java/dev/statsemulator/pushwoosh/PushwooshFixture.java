package dev.statsemulator.pushwoosh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object mother for the Pushwoosh tests: a workspace whose token reads a push and an
 * email application (not a third one), the vendor page's message with its log, and an
 * email newsletter with clicks, bounces and a complaint. Events are ingested in reverse
 * order, so nothing depends on arrival.
 */
final class PushwooshFixture {

	static final String PUSH_APP = "1DC69-73EDB";

	static final String EMAIL_APP = "E2F1A-B0C4D";

	static final String OTHER_APP = "FORBI-DDEN1";

	static final String PUSH_CODE = "A444-AAABBBCC-00112233";

	static final long PUSH_ID = 12345678900L;

	static final String EMAIL_CODE = "E1A2-B3C4D5E6-F7A8B9C0";

	static final long EMAIL_ID = 500;

	static final String OTHER_CODE = "F0F0-00000000-00000001";

	static final String CAMPAIGN = "AAAAA-XXXXX";

	private PushwooshFixture() {
	}

	/** The workspace's token (unique across workspaces). */
	static String token(String workspaceId) {
		return "pw-" + workspaceId;
	}

	static void create(Http admin, String workspaceId) {
		Response created = admin.putJson("/_emulator/v1/workspaces/" + workspaceId, """
				{"timezone": "Europe/Athens",
				 "pushwoosh": {"tokens": [{"token": "%s", "applications": ["%s", "%s"]}]}}"""
			.formatted(token(workspaceId), PUSH_APP, EMAIL_APP));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Response messages = admin.postJson("/_emulator/v1/workspaces/" + workspaceId + "/messages",
				"""
						[{"id": "%s", "number": %d, "application": "%s", "campaign": "%s", "channel": "push",
						  "platforms": ["android", "ios"], "title": "Sale", "content": {"en": "30%% off"},
						  "createdAt": "2000-01-25T11:00:00Z", "sendAt": "2000-01-25T11:18:00Z", "status": "done", "source": "API"},
						 {"id": "%s", "number": %d, "application": "%s", "campaign": "CMP-EMAIL", "channel": "email",
						  "platforms": ["email"], "subject": "Hello", "template": "tmpl-1", "createdAt": "2000-01-20T08:00:00Z",
						  "sendAt": "2000-01-20T09:00:00Z", "status": "done", "source": "EMAIL_CP"}]"""
					.formatted(PUSH_CODE, PUSH_ID, PUSH_APP, CAMPAIGN, EMAIL_CODE, EMAIL_ID, EMAIL_APP));
		assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
		List<Builder> events = new ArrayList<>();
		events.addAll(pushEvents());
		events.addAll(emailEvents());
		// Another application of the same workspace, which the token may not read.
		events.add(push("sent", "2000-01-25T11:18:47Z", OTHER_CODE, "android", "other-device", "user_123")
			.with("application", OTHER_APP)
			.with("status", "success"));
		Collections.reverse(events);
		Response ingested = admin.postJson("/_emulator/v1/workspaces/" + workspaceId + "/events",
				TestEvents.array(events));
		assertThat(ingested.status()).as(ingested.toString()).isEqualTo(200);
	}

	/**
	 * The vendor page's log (android) and an iOS device with an error, inbox and revenue.
	 */
	static List<Builder> pushEvents() {
		return List.of(
				push("sent", "2000-01-25T11:18:47Z", PUSH_CODE, "android", "aaazzzqqqqxxx", "user_123").with("status",
						"success"),
				push("delivered", "2000-01-25T11:18:49Z", PUSH_CODE, "android", "aaazzzqqqqxxx", "user_123"),
				push("opened", "2000-01-25T11:19:23Z", PUSH_CODE, "android", "aaazzzqqqqxxx", "user_123"),
				push("conversion", "2000-01-25T11:25:00Z", PUSH_CODE, "android", "aaazzzqqqqxxx", "user_123")
					.with("name", "cart_add"),
				push("conversion", "2000-01-25T11:40:00Z", PUSH_CODE, "android", "aaazzzqqqqxxx", "user_123")
					.with("name", "purchase")
					.with("revenue", 10.5)
					.with("currency", "USD"),
				push("sent", "2000-01-25T11:18:47Z", PUSH_CODE, "ios", "ios-1", "user_9").with("status", "error"),
				push("sent", "2000-01-25T11:30:00Z", PUSH_CODE, "ios", "ios-2", "user_10").with("status", "success"),
				push("delivered", "2000-01-25T12:05:00Z", PUSH_CODE, "ios", "ios-2", "user_10"),
				push("inbox_delivered", "2000-01-25T12:05:00Z", PUSH_CODE, "ios", "ios-2", "user_10"),
				push("inbox_opened", "2000-01-25T12:10:00Z", PUSH_CODE, "ios", "ios-2", "user_10"),
				push("opened", "2000-01-25T12:20:00Z", PUSH_CODE, "ios", "ios-2", "user_10"),
				push("conversion", "2000-01-25T12:30:00Z", PUSH_CODE, "ios", "ios-2", "user_10")
					.with("name", "purchase")
					.with("revenue", 4.25)
					.with("currency", "USD"));
	}

	/**
	 * Five sends (one error), two deliveries, a hard and a soft bounce, a complaint, an
	 * open, four clicks and an unsubscribe.
	 */
	static List<Builder> emailEvents() {
		List<Builder> events = new ArrayList<>();
		String[] contacts = { "a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com" };
		for (int i = 0; i < contacts.length; i++) {
			events.add(email("sent", "2000-01-20T09:00:0" + (i + 1) + "Z", contacts[i]).with("status",
					(i == 3) ? "error" : "success"));
		}
		events.add(email("delivered", "2000-01-20T09:01:00Z", "a@example.com"));
		events.add(email("delivered", "2000-01-20T09:01:30Z", "b@example.com"));
		events.add(email("bounced", "2000-01-20T09:05:00Z", "c@example.com").with("bounce", "user_unknown")
			.with("reason", "No such user"));
		events.add(email("bounced", "2000-01-20T09:06:00Z", "e@example.com").with("bounce", "mailbox_full")
			.with("reason", "Mailbox full"));
		events.add(email("complained", "2000-01-20T10:00:00Z", "b@example.com").with("reason", "Spam"));
		events.add(email("opened", "2000-01-20T10:00:00Z", "a@example.com"));
		events.add(email("clicked", "2000-01-20T10:01:00Z", "a@example.com").with("link",
				"https://shop.example.com/sale?utm=1"));
		events.add(email("clicked", "2000-01-20T10:02:00Z", "b@example.com").with("link",
				"https://shop.example.com/sale?utm=2"));
		events.add(email("clicked", "2000-01-20T10:03:00Z", "a@example.com").with("link",
				"https://shop.example.com/sale?utm=1"));
		events.add(email("clicked", "2000-01-21T10:04:00Z", "b@example.com").with("link",
				"https://blog.example.com/post#top"));
		events.add(email("unsubscribed", "2000-01-20T10:05:00Z", "b@example.com"));
		return events;
	}

	static Builder push(String type, String at, String message, String platform, String hwid, String user) {
		return event(type, at).message(message)
			.channel("push")
			.platform(platform)
			.contact(hwid)
			.with("user", user)
			.with("application", PUSH_APP)
			.with("campaign", CAMPAIGN);
	}

	static Builder email(String type, String at, String contact) {
		return event(type, at).message(EMAIL_CODE)
			.channel("email")
			.platform("email")
			.contact(contact)
			.with("application", EMAIL_APP);
	}

}
