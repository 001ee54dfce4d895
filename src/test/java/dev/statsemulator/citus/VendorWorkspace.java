package dev.statsemulator.citus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object mother for the Citus tests: a workspace with credentials for all four vendors,
 * two weeks of generated traffic of every kind, and every vendor endpoint and control
 * query called as its clients call it.
 */
final class VendorWorkspace {

	static final String PUSH_APP = "1DC69-73EDB";

	static final String EMAIL_APP = "E2F1A-B0C4D";

	/** The emulator's clock while the tests run: the end of the generated traffic. */
	static final String NOW = "2024-06-15T00:00:00Z";

	static final long JUNE_FROM = Instant.parse("2024-06-01T00:00:00Z").toEpochMilli();

	static final long JUNE_TO = Instant.parse("2024-07-01T00:00:00Z").toEpochMilli() - 1;

	private final String id;

	private final Http http;

	private final Http admin;

	private String xsrfToken;

	private String rocketChatUser;

	private String rocketChatToken;

	VendorWorkspace(String id, Http http, Http admin) {
		this.id = id;
		this.http = http;
		this.admin = admin;
	}

	String id() {
		return this.id;
	}

	String settings(String timezone) {
		return """
				{"timezone": "%s",
				 "tellody": {"users": [{"username": "%s-tellody", "password": "pw"}]},
				 "getresponse": {"apiKeys": ["%s-gr-key"]},
				 "rocketchat": {"license": true, "users": [{"userId": "%s-rc", "authToken": "%s-rc-token",
				                "username": "%s-rc-user", "password": "pw", "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "%s-pw-token", "applications": ["%s", "%s"]}]}}"""
			.formatted(timezone, this.id, this.id, this.id, this.id, this.id, this.id, PUSH_APP, EMAIL_APP);
	}

	/**
	 * The control API calls that write: the workspace, its catalogue, generated traffic,
	 * ingest of new events and of the same events again (the id look-up path).
	 */
	Map<String, Supplier<Response>> writes() {
		Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
		String path = "/_emulator/v1/workspaces/" + this.id;
		calls.put("control: PUT workspace (create)", () -> this.admin.putJson(path, settings("Europe/Athens")));
		calls.put("control: POST messages", () -> this.admin.postJson(path + "/messages", """
				[{"id": "NEWS-1", "number": 500, "application": "%s", "campaign": "CMP-EMAIL", "channel": "email",
				  "platforms": ["email"], "subject": "Hello", "template": "tmpl-1", "createdAt": "2024-06-01T08:00:00Z",
				  "sendAt": "2024-06-01T09:00:00Z", "status": "done", "source": "EMAIL_CP"}]""".formatted(EMAIL_APP)));
		calls.put("control: POST generate", () -> this.admin.postJson(path + "/generate",
				"{\"seed\": 7, \"from\": \"2024-06-01T00:00:00Z\", \"eventsPerDay\": 300}"));
		String events = ownEvents();
		calls.put("control: POST events (JSON)", () -> this.admin.postJson(path + "/events", events));
		calls.put("control: POST events (NDJSON, the same ids again)",
				() -> this.admin.post(path + "/events", "application/x-ndjson", ndjson(events)));
		calls.put("control: PUT workspace (new time zone)", () -> this.admin.putJson(path, settings("UTC")));
		return calls;
	}

	/** Every read: the control API's and every vendor endpoint, with their logins. */
	Map<String, Supplier<Response>> reads() {
		Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
		String path = "/_emulator/v1/workspaces/" + this.id;
		calls.put("control: GET workspace", () -> this.admin.get(path));
		calls.put("control: GET messages", () -> this.admin.get(path + "/messages"));
		calls.put("control: GET message", () -> this.admin.get(path + "/messages/NEWS-1"));
		calls.put("control: GET stats (a day by hour)",
				() -> this.admin.get(path + "/stats?type=opened&from=2024-06-03&to=2024-06-04&unit=hour"));
		calls.put("control: GET stats (unique, by day)",
				() -> this.admin.get(path + "/stats?type=clicked&unique=true&from=2024-06-01&to=2024-06-15&unit=day"));
		calls.put("control: GET stats (exact slivers)", () -> this.admin
			.get(path + "/stats?type=sent&from=2024-06-03T10:07:00Z&to=2024-06-05T13:41:00Z&unit=day"));
		calls.put("Tellody: ping", this::tellodyPing);
		calls.put("Tellody: login",
				() -> this.http.withHeader("X-XSRF-TOKEN", this.xsrfToken)
					.post("/CampaignCloud/login", "application/x-www-form-urlencoded",
							"username=" + this.id + "-tellody&password=pw&remember-me=false"));
		calls.put("Tellody: ping (logged in)", this::tellodyPing);
		calls.put("Tellody: UserInfo", () -> tellody().get("/CampaignCloud/UserInfo"));
		calls.put("Tellody: ContactChart",
				() -> tellody().postJson("/CampaignCloud/Report/ContactChart",
						"{\"from\":%d,\"to\":%d,\"unit\":\"day\",\"window\":\"month\",\"dow\":1}".formatted(JUNE_FROM,
								JUNE_TO)));
		calls.put("Tellody: UniqueCode",
				() -> tellody().postJson("/CampaignCloud/Report/UniqueCode",
						"{\"from\":%d,\"to\":%d,\"unit\":\"hour\",\"window\":\"month\",\"dow\":1}".formatted(JUNE_FROM,
								JUNE_TO)));
		calls.put("GetResponse: ping", () -> getResponse("ping", null));
		calls.put("GetResponse: get_messages", () -> getResponse("get_messages", "{\"type\": \"newsletter\"}"));
		calls.put("GetResponse: get_message", () -> getResponse("get_message", "{\"message\": \"NEWS-1\"}"));
		calls.put("GetResponse: get_message_stats (daily)",
				() -> getResponse("get_message_stats", "{\"message\": \"NEWS-1\", \"grouping\": \"daily\"}"));
		calls.put("GetResponse: get_message_stats (hourly)",
				() -> getResponse("get_message_stats", "{\"message\": \"NEWS-1\", \"grouping\": \"hourly\"}"));
		calls.put("Rocket.Chat: login", this::rocketChatLogin);
		String range = "?start=2024-06-01T00:00:00.000Z&end=2024-06-14T23:59:59.999Z";
		calls.put("Rocket.Chat: messages-sent",
				() -> rocketChat().get("/api/v1/engagement-dashboard/messages/messages-sent" + range));
		calls.put("Rocket.Chat: origin",
				() -> rocketChat().get("/api/v1/engagement-dashboard/messages/origin" + range));
		calls.put("Rocket.Chat: top-five-popular-channels",
				() -> rocketChat().get("/api/v1/engagement-dashboard/messages/top-five-popular-channels" + range));
		calls.put("Pushwoosh: messages:list", () -> pushwoosh("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"%s\"}, \"params\": {\"with_details\": true, \"with_metrics\": true}}"
					.formatted(PUSH_APP)));
		calls.put("Pushwoosh: totalsByIntervals", () -> pushwoosh("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + firstPushMessage() + "\"}"));
		calls.put("Pushwoosh: getMessageLog (a message)", () -> pushwoosh("/api/v2/statistics/getMessageLog",
				"{\"message_code\": \"" + firstPushMessage() + "\", \"limit\": 50}"));
		calls.put("Pushwoosh: getMessageLog (a campaign, page 2)", () -> {
			Response first = pushwoosh("/api/v2/statistics/getMessageLog",
					"{\"campaign_code\": \"AB3C1-9F2E7\", \"limit\": 20}");
			String token = first.json().path("pagination_token").asString();
			return pushwoosh("/api/v2/statistics/getMessageLog",
					"{\"campaign_code\": \"AB3C1-9F2E7\", \"limit\": 20, \"pagination_token\": \"" + token + "\"}");
		});
		calls.put("Pushwoosh: linksInteractions", () -> pushwoosh("/api/v2/statistics/emails/linksInteractions",
				"{\"filters\": {\"application\": \"%s\", \"link_template\": \"https://shop.example.com/*\"}, \"params\": {\"with_full_links\": true}}"
					.formatted(EMAIL_APP)));
		calls.put("Pushwoosh: linksInteractionsDevices",
				() -> pushwoosh("/api/v2/statistics/emails/linksInteractionsDevices",
						"{\"filters\": {\"messages_ids\": [500]}, \"per_page\": 3, \"page\": 1}"));
		calls.put("Pushwoosh: bouncedEmails", () -> pushwoosh("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"%s\", \"campaign\": \"CMP-EMAIL\", \"per_page\": 10}".formatted(EMAIL_APP)));
		return calls;
	}

	/** Runs every read and returns the answers, for comparisons. */
	List<String> answers() {
		List<String> answers = new ArrayList<>();
		reads().forEach((name, call) -> {
			Response response = call.get();
			assertThat(response.status()).as(name + ": " + response).isBetween(200, 299);
			answers.add(name + " -> "
					+ response.body()
						.replaceAll("\"pagination_token\":\"[^\"]+\"", "\"pagination_token\":\"<token>\"")
						.replaceAll("\"(authToken|XSRF-TOKEN|token)\":\"[^\"]+\"", "\"$1\":\"<token>\""));
		});
		return answers;
	}

	private String firstPushMessage() {
		JsonNode messages = this.admin.get("/_emulator/v1/workspaces/" + this.id + "/messages").json();
		for (JsonNode message : messages) {
			if ("push".equals(message.path("channel").asString())) {
				return message.path("id").asString();
			}
		}
		throw new AssertionError("no push message in " + messages);
	}

	private Response tellodyPing() {
		Response ping = this.http.get("/CampaignCloud/RememberMeController/ping");
		this.xsrfToken = ping.header("X-XSRF-TOKEN");
		return ping;
	}

	private Http tellody() {
		return this.http.withHeader("X-XSRF-TOKEN", this.xsrfToken);
	}

	private Response getResponse(String method, String conditions) {
		String params = "\"" + this.id + "-gr-key\"" + ((conditions != null) ? ", " + conditions : "");
		return this.http.postJson("/",
				"{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\", \"params\": [" + params + "], \"id\": 1}");
	}

	private Response rocketChatLogin() {
		Response login = this.http.postJson("/api/v1/login",
				"{\"user\": \"" + this.id + "-rc-user\", \"password\": \"pw\"}");
		this.rocketChatUser = login.json().path("data").path("userId").asString();
		this.rocketChatToken = login.json().path("data").path("authToken").asString();
		return login;
	}

	private Http rocketChat() {
		return this.http.withHeader("X-User-Id", this.rocketChatUser).withHeader("X-Auth-Token", this.rocketChatToken);
	}

	private Response pushwoosh(String path, String json) {
		return this.http.withHeader("Authorization", "Api " + this.id + "-pw-token").postJson(path, json);
	}

	/**
	 * Events of the registered newsletter with ids: sends, deliveries, opens, clicks and
	 * a bounce, for two contacts.
	 */
	private static String ownEvents() {
		List<String> events = new ArrayList<>();
		int n = 0;
		for (String contact : List.of("ann@example.com", "bob@example.com")) {
			for (String type : List.of("sent", "delivered", "opened", "clicked", "opened")) {
				n++;
				String link = type.equals("clicked") ? ", \"link\": \"https://shop.example.com/sale\"" : "";
				events.add(("{\"id\": \"own-%d\", \"type\": \"%s\", \"at\": \"2024-06-01T09:%02d:00Z\", "
						+ "\"channel\": \"email\", \"message\": \"NEWS-1\", \"contact\": \"%s\"%s}")
					.formatted(n, type, n, contact, link));
			}
		}
		events.add("{\"id\": \"own-bounce\", \"type\": \"bounced\", \"at\": \"2024-06-01T09:30:00Z\", "
				+ "\"channel\": \"email\", \"message\": \"NEWS-1\", \"contact\": \"cid@example.com\", "
				+ "\"bounce\": \"mailbox_full\"}");
		return "[" + String.join(",\n", events) + "]";
	}

	private static String ndjson(String array) {
		return array.substring(1, array.length() - 1).replace(",\n", "\n") + "\n";
	}

}
