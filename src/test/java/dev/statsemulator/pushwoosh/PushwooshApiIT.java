package dev.statsemulator.pushwoosh;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static dev.statsemulator.pushwoosh.PushwooshFixture.EMAIL_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.EMAIL_CODE;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_APP;
import static dev.statsemulator.pushwoosh.PushwooshFixture.PUSH_CODE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor page's request examples (comments removed, placeholders filled) against
 * known events, answered in the documented shapes, field order and number types.
 */
class PushwooshApiIT extends PostgresIntegrationTest {

	private static final String PUSH_DETAILS = """
			{"title":"Sale","filter_name":"","filter_code":"","content":{"en":"30% off"},\
			"platform_parameters":{"android_header":"","android_root_params":{},"ios_title":"","ios_subtitle":"",\
			"ios_root_params":{},"chrome_header":"","chrome_root_params":{},"firefox_header":"",\
			"firefox_root_params":{},"conditions":[],"conditions_operator":"AND","data":{}},\
			"follow_user_timezone":false}""";

	private static final String PUSH_METRICS = """
			[{"sends":2,"opens":1,"deliveries":1,"inbox_opens":1,"unshowable_sends":0,"errors":1,"platform":1},\
			{"sends":1,"opens":1,"deliveries":1,"inbox_opens":0,"unshowable_sends":0,"errors":0,"platform":3}]""";

	private String workspace;

	private Http pushwoosh;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("pushwoosh");
		PushwooshFixture.create(admin(), this.workspace);
		this.pushwoosh = http().withHeader("Authorization", "Api " + PushwooshFixture.token(this.workspace));
	}

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	@Test
	void messagesListAnswersTheVendorExample() {
		Response response = this.pushwoosh.postJson("/api/v2/messages:list", """
				{"filters": {"platforms": [], "date_range": {"date_from": "2000-01-01", "date_to": "2000-01-31"},
				  "source": "API", "campaign": "AAAAA-XXXXX", "messages_ids": [12345678900],
				  "messages_codes": ["A444-AAABBBCC-00112233"], "application": "1DC69-73EDB"},
				 "params": {"with_details": true, "with_metrics": true}, "per_page": 20, "page": 0}""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.body()).isEqualTo("{\"total\":1,\"items\":[{\"id\":12345678900,"
				+ "\"code\":\"A444-AAABBBCC-00112233\",\"created_date\":\"2000-01-25 11:00:00\","
				+ "\"send_date\":\"2000-01-25 11:18:00\",\"status\":\"done\",\"platforms\":[\"ANDROID\",\"IOS\"],"
				+ "\"source\":\"API\",\"push_info\":{\"details\":" + PUSH_DETAILS + ",\"metrics\":" + PUSH_METRICS
				+ "}}]}");
	}

	@Test
	void messagesListTakesTheWrappedFormAndAddsOnlyWhatIsAsked() {
		String bare = """
				{"filters": {"application": "1DC69-73EDB"}, "params": {"with_metrics": true}}""";
		Response plain = this.pushwoosh.postJson("/api/v2/messages:list", bare);
		Response wrapped = this.pushwoosh.postJson("/api/v2/messages:list", "{\"request\": " + bare + "}");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(wrapped.body()).isEqualTo(plain.body());
		assertThat(plain.body()).isEqualTo("{\"total\":1,\"items\":[{\"id\":12345678900,"
				+ "\"code\":\"A444-AAABBBCC-00112233\",\"created_date\":\"2000-01-25 11:00:00\","
				+ "\"send_date\":\"2000-01-25 11:18:00\",\"status\":\"done\",\"platforms\":[\"ANDROID\",\"IOS\"],"
				+ "\"source\":\"API\",\"push_info\":{\"metrics\":" + PUSH_METRICS + "}}]}");
		JsonNode none = this.pushwoosh
			.postJson("/api/v2/messages:list", "{\"filters\": {\"application\": \"1DC69-73EDB\"}}")
			.json();
		assertThat(none.path("items").get(0).has("push_info")).isFalse();
	}

	@Test
	void messagesListReportsEmailsWithEmailInfo() {
		Response response = this.pushwoosh.postJson("/api/v2/messages:list", """
				{"filters": {"application": "E2F1A-B0C4D"}, "params": {"with_details": true, "with_metrics": true}}""");
		assertThat(response.body()).isEqualTo("{\"total\":1,\"items\":[{\"id\":500,"
				+ "\"code\":\"E1A2-B3C4D5E6-F7A8B9C0\",\"created_date\":\"2000-01-20 08:00:00\","
				+ "\"send_date\":\"2000-01-20 09:00:00\",\"status\":\"done\",\"platforms\":[\"EMAIL\"],"
				+ "\"source\":\"EMAIL_CP\",\"email_info\":{\"details\":{\"template\":\"tmpl-1\",\"filter_name\":\"\","
				+ "\"filter_code\":\"\",\"subject\":{\"default\":\"Hello\"},\"from_name\":\"\",\"from_email\":\"\","
				+ "\"reply_name\":\"\",\"reply_email\":\"\",\"follow_user_timezone\":false,\"conditions\":[],"
				+ "\"conditions_operator\":\"AND\"},\"metrics\":[{\"sends\":5,\"opens\":1,\"deliveries\":2,"
				+ "\"hard_bounces\":1,\"soft_bounces\":1,\"rejects\":0,\"confirmed_sends\":4,\"unsubs\":1,"
				+ "\"complaints\":1,\"errors\":1}]}}]}");
	}

	@Test
	void messagesListFiltersAndPages() {
		// Three more push messages of the application, sent on other days.
		admin().postJson("/_emulator/v1/workspaces/" + this.workspace + "/messages", """
				[{"id": "M-1", "application": "1DC69-73EDB", "channel": "push", "platforms": ["chrome"],
				  "sendAt": "2000-02-01T10:00:00Z", "source": "CP", "campaign": "C-2"},
				 {"id": "M-2", "application": "1DC69-73EDB", "channel": "push", "platforms": ["ios"],
				  "sendAt": "2000-02-02T10:00:00Z", "source": "CP"},
				 {"id": "M-3", "application": "1DC69-73EDB", "channel": "push", "platforms": ["ios"],
				  "sendAt": "2000-02-03T10:00:00Z", "source": "API"}]""");
		assertThat(codes("{\"application\": \"1DC69-73EDB\"}", 20, 0)).isEqualTo("4:M-3,M-2,M-1," + PUSH_CODE);
		assertThat(codes("{\"application\": \"1DC69-73EDB\"}", 2, 1)).isEqualTo("4:M-1," + PUSH_CODE);
		assertThat(codes("{\"application\": \"1DC69-73EDB\", \"platforms\": [\"IOS\"]}", 20, 0))
			.isEqualTo("3:M-3,M-2," + PUSH_CODE);
		assertThat(codes("{\"application\": \"1DC69-73EDB\", \"source\": \"CP\"}", 20, 0)).isEqualTo("2:M-2,M-1");
		assertThat(codes("{\"application\": \"1DC69-73EDB\", \"campaign\": \"C-2\"}", 20, 0)).isEqualTo("1:M-1");
		assertThat(codes(
				"{\"application\": \"1DC69-73EDB\", \"date_range\": {\"date_from\": \"2000-02-01\", \"date_to\": \"2000-02-02\"}}",
				20, 0))
			.isEqualTo("2:M-2,M-1");
		assertThat(codes("{\"application\": \"1DC69-73EDB\", \"messages_codes\": [\"M-1\", \"M-3\"]}", 20, 0))
			.isEqualTo("2:M-3,M-1");
		assertThat(codes("{\"application\": \"1DC69-73EDB\", \"messages_ids\": [12345678900]}", 20, 0))
			.isEqualTo("1:" + PUSH_CODE);
		Response tooMany = this.pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"per_page\": 1001}");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body())
			.isEqualTo("{\"code\":3,\"message\":\"per_page: value must be between 0 and 1000\",\"details\":[]}");
		assertThat(this.pushwoosh
			.postJson("/api/v2/messages:list", "{\"filters\": {\"application\": \"1DC69-73EDB\"}, \"per_page\": 1000}")
			.status()).isEqualTo(200);
	}

	private String codes(String filters, int perPage, int page) {
		Response response = this.pushwoosh.postJson("/api/v2/messages:list",
				"{\"filters\": " + filters + ", \"per_page\": " + perPage + ", \"page\": " + page + "}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode body = response.json();
		StringBuilder codes = new StringBuilder().append(body.path("total").asLong()).append(':');
		body.path("items").forEach((item) -> codes.append(item.path("code").asString()).append(','));
		return codes.substring(0, codes.length() - 1);
	}

	@Test
	void totalsByIntervalsAnswersTheVendorExample() {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + PUSH_CODE + "\", \"platforms\": [1, 3, 7, 10, 11, 12]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"metrics\":["
				+ "{\"timestamp\":\"2000-01-25 11:00:00\",\"platform\":1,\"sends\":\"2\",\"opens\":\"0\","
				+ "\"deliveries\":\"0\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"1\"},"
				+ "{\"timestamp\":\"2000-01-25 11:00:00\",\"platform\":3,\"sends\":\"1\",\"opens\":\"1\","
				+ "\"deliveries\":\"1\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"0\"},"
				+ "{\"timestamp\":\"2000-01-25 12:00:00\",\"platform\":1,\"sends\":\"0\",\"opens\":\"1\","
				+ "\"deliveries\":\"1\",\"inbox_opens\":\"1\",\"unshowable_sends\":\"0\",\"errors\":\"0\"}],"
				+ "\"conversion\":{\"sends\":\"3\",\"opens\":\"2\",\"events\":["
				+ "{\"name\":\"cart_add\",\"hits\":\"1\",\"conversion\":0.5,\"revenue\":0},"
				+ "{\"name\":\"purchase\",\"hits\":\"2\",\"conversion\":1,\"revenue\":14.75}]}}");
	}

	@Test
	void totalsByIntervalsKeepsOnlyTheAskedPlatforms() {
		Response android = this.pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + PUSH_CODE + "\", \"platforms\": [3]}");
		assertThat(android.body()).isEqualTo("{\"metrics\":["
				+ "{\"timestamp\":\"2000-01-25 11:00:00\",\"platform\":3,\"sends\":\"1\",\"opens\":\"1\","
				+ "\"deliveries\":\"1\",\"inbox_opens\":\"0\",\"unshowable_sends\":\"0\",\"errors\":\"0\"}],"
				+ "\"conversion\":{\"sends\":\"1\",\"opens\":\"1\",\"events\":["
				+ "{\"name\":\"cart_add\",\"hits\":\"1\",\"conversion\":1,\"revenue\":0},"
				+ "{\"name\":\"purchase\",\"hits\":\"1\",\"conversion\":1,\"revenue\":10.5}]}}");
		Response chrome = this.pushwoosh.postJson("/api/v2/statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + PUSH_CODE + "\", \"platforms\": [11]}");
		assertThat(chrome.body())
			.isEqualTo("{\"metrics\":[],\"conversion\":{\"sends\":\"0\",\"opens\":\"0\",\"events\":[]}}");
	}

	@Test
	void messageLogAnswersTheVendorExample() {
		this.clock.freeze(Instant.parse("2000-02-11T00:00:00Z"));
		Response response = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog", """
				{"limit": 1000, "application_code": "1DC69-73EDB", "message_code": "A444-AAABBBCC-00112233",
				 "message_id": 12345678900, "campaign_code": "AAAAA-XXXXX", "hwid": "aaazzzqqqqxxx",
				 "user_id": "user_123", "date_from": "2000-01-25 00:00:00", "date_to": "2000-02-10 23:59:59",
				 "actions": ["sent", "delivered", "opened"], "platforms": ["android", "ios"]}""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"pagination_token\":\"\",\"data\":["
				+ logRow("2000-01-25T11:18:47Z", "sent", ",\"status\":\"success\"") + ","
				+ logRow("2000-01-25T11:18:49Z", "delivered", "") + "," + logRow("2000-01-25T11:19:23Z", "opened", "")
				+ "]}");
	}

	private static String logRow(String timestamp, String action, String status) {
		return "{\"timestamp\":\"" + timestamp + "\",\"application_code\":\"1DC69-73EDB\",\"message_id\":12345678900,"
				+ "\"message_code\":\"A444-AAABBBCC-00112233\",\"campaign_code\":\"AAAAA-XXXXX\","
				+ "\"hwid\":\"aaazzzqqqqxxx\",\"user_id\":\"user_123\",\"platform\":\"android\",\"action\":\"" + action
				+ "\"" + status + ",\"push_alerts_enabled\":\"true\"}";
	}

	@Test
	void messageLogFiltersByEveryField() {
		// Time order; events of the same millisecond in the order they were stored (the
		// fixture stores them in reverse).
		assertThat(logActions("{\"message_code\": \"" + PUSH_CODE + "\"}")).isEqualTo(
				"sent/ios,sent/android,delivered/android,opened/android,sent/ios,inbox_delivered/ios,delivered/ios,inbox_opened/ios,opened/ios");
		assertThat(logActions("{\"message_id\": 12345678900, \"actions\": [\"inbox_delivered\", \"inbox_opened\"]}"))
			.isEqualTo("inbox_delivered/ios,inbox_opened/ios");
		assertThat(
				logActions("{\"campaign_code\": \"AAAAA-XXXXX\", \"platforms\": [\"ios\"], \"actions\": [\"sent\"]}"))
			.isEqualTo("sent/ios,sent/ios");
		assertThat(logActions("{\"hwid\": [\"ios-1\", \"aaazzzqqqqxxx\"], \"actions\": [\"sent\"]}"))
			.isEqualTo("sent/ios,sent/android");
		assertThat(logActions("{\"user_id\": \"user_10\", \"actions\": [\"opened\"]}")).isEqualTo("opened/ios");
		assertThat(logActions("{\"hwid\": \"a@example.com\", \"application_code\": \"E2F1A-B0C4D\"}"))
			.isEqualTo("sent/email,delivered/email,opened/email");
		assertThat(logActions("{\"message_id\": 999}")).isEmpty();
		// The application the token may not read is left out, and refused when asked.
		assertThat(logActions("{\"user_id\": \"user_123\", \"actions\": [\"sent\"]}")).isEqualTo("sent/android");
		Response denied = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\"user_id\": \"user_123\", \"application_code\": \"FORBI-DDEN1\"}");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.body())
			.isEqualTo("{\"error\":\"access denied: the API access token may not read application FORBI-DDEN1\"}");
	}

	private String logActions(String body) {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		StringBuilder actions = new StringBuilder();
		response.json()
			.path("data")
			.forEach((row) -> actions.append(actions.isEmpty() ? "" : ",")
				.append(row.path("action").asString())
				.append('/')
				.append(row.path("platform").asString()));
		return actions.toString();
	}

	@Test
	void messageLogPagesWithATokenBoundToItsFilters() {
		String filters = "\"message_code\": \"" + PUSH_CODE + "\", \"actions\": [\"sent\", \"delivered\", \"opened\"]";
		JsonNode first = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog", "{" + filters + ", \"limit\": 4}")
			.json();
		assertThat(first.path("data").size()).isEqualTo(4);
		String token = first.path("pagination_token").asString();
		assertThat(token).isNotEmpty();
		JsonNode second = this.pushwoosh
			.postJson("/api/v2/statistics/getMessageLog",
					"{" + filters + ", \"limit\": 4, \"pagination_token\": \"" + token + "\"}")
			.json();
		// Seven events: the second page holds the last three and ends the log.
		assertThat(second.path("data").size()).isEqualTo(3);
		assertThat(second.path("pagination_token").asString()).isEmpty();
		assertThat(first.path("data").get(3).path("timestamp").asString()).isEqualTo("2000-01-25T11:19:23Z");
		assertThat(second.path("data").get(0).path("timestamp").asString()).isEqualTo("2000-01-25T11:30:00Z");

		Response otherFilters = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\"message_code\": \"" + PUSH_CODE + "\", \"limit\": 4, \"pagination_token\": \"" + token + "\"}");
		assertThat(otherFilters.status()).isEqualTo(400);
		assertThat(otherFilters.body()).isEqualTo(
				"{\"error\":\"invalid pagination_token: it does not belong to this query (same filters required)\"}");
		String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		assertThat(this.pushwoosh
			.postJson("/api/v2/statistics/getMessageLog", "{" + filters + ", \"pagination_token\": \"" + forged + "\"}")
			.status()).isEqualTo(400);
		assertThat(this.pushwoosh
			.postJson("/api/v2/statistics/getMessageLog", "{" + filters + ", \"pagination_token\": \"%%%\"}")
			.body()).startsWith("{\"error\":\"invalid pagination_token");
		// Exactly a page's worth left: that page is the last.
		JsonNode exact = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog", "{" + filters + ", \"limit\": 7}")
			.json();
		assertThat(exact.path("data").size()).isEqualTo(7);
		assertThat(exact.path("pagination_token").asString()).isEmpty();
	}

	@Test
	void messageLogKeepsToThirtyDaysOfTheEmulatorClock() {
		this.clock.freeze(Instant.parse("2000-02-11T00:00:00Z"));
		String interval = "{\"error\":\"exceeded the maximum date interval. Max interval: 30 days\"}";
		Response tooOld = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\"date_from\": \"2000-01-11 23:59:59\", \"date_to\": \"2000-01-30 00:00:00\"}");
		assertThat(tooOld.status()).isEqualTo(400);
		assertThat(tooOld.body()).isEqualTo(interval);
		Response tooLong = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\"date_from\": \"2000-01-12 00:00:00\", \"date_to\": \"2000-02-11 00:00:01\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).isEqualTo(interval);
		Response thirtyDays = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog",
				"{\"date_from\": \"2000-01-12 00:00:00\", \"date_to\": \"2000-02-11 00:00:00\", \"actions\": [\"opened\"]}");
		assertThat(thirtyDays.status()).isEqualTo(200);
		assertThat(thirtyDays.json().path("data").size()).isEqualTo(3);
		// date_to names the last second it includes.
		assertThat(logActions(
				"{\"date_from\": \"2000-01-25 11:19:00\", \"date_to\": \"2000-01-25 11:19:23\", \"actions\": [\"opened\"]}"))
			.isEqualTo("opened/android");
		assertThat(logActions(
				"{\"date_from\": \"2000-01-25 11:19:00\", \"date_to\": \"2000-01-25 11:19:22\", \"actions\": [\"opened\"]}"))
			.isEmpty();
		// Thirty days later the same period is out of reach.
		this.clock.freeze(Instant.parse("2000-03-01T00:00:00Z"));
		assertThat(this.pushwoosh
			.postJson("/api/v2/statistics/getMessageLog",
					"{\"date_from\": \"2000-01-25 00:00:00\", \"date_to\": \"2000-01-26 00:00:00\"}")
			.body()).isEqualTo(interval);
	}

	@Test
	void messageLogRefusesWhatTheVendorRefuses() {
		assertError("{}", "at least one filter is required: message_id, message_code, campaign_code, hwid, "
				+ "user_id, or date_from and date_to");
		assertError("{\"date_from\": \"2000-01-25 00:00:00\"}", "at least one filter is required: message_id, "
				+ "message_code, campaign_code, hwid, user_id, or date_from and date_to");
		assertError("{\"hwid\": \"x\", \"limit\": 100001}", "limit must be between 1 and 100000");
		assertError("{\"hwid\": \"x\", \"limit\": 0}", "limit must be between 1 and 100000");
		assertError("{\"hwid\": \"x\", \"actions\": [\"clicked\"]}", "actions: invalid value 'clicked' (use sent, "
				+ "delivered, opened, inbox_delivered, inbox_read, inbox_opened, inbox_deleted)");
		assertError("{\"hwid\": \"x\", \"platforms\": [\"palm\"]}",
				"platforms: invalid value 'palm' (use \"ios\", \"android\", \"osx\", \"windows\", \"amazon\", "
						+ "\"safari\", \"chrome\", \"firefox\", \"ie\", \"email\", \"huawei android\", \"sms\", "
						+ "\"xiaomi\", \"whatsapp\")");
		assertError("{\"hwid\": 5}", "hwid must be a string or an array of strings");
		assertError("{\"hwid\": \"x\", \"date_from\": \"2000-01-25\"}",
				"date_from: '2000-01-25' is not a date and time in the format YYYY-MM-DD HH:MM:SS");
		assertError("{\"message_id\": \"twelve\"}", "invalid value for message_id");
	}

	private void assertError(String body, String message) {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/getMessageLog", body);
		assertThat(response.status()).as(body).isEqualTo(400);
		assertThat(response.json().path("error").asString()).isEqualTo(message);
		assertThat(response.json().size()).isEqualTo(1);
	}

	@Test
	void linksInteractionsAnswersTheVendorExample() {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions", """
				{"filters": {"date_range": {"date_from": "2000-01-20", "date_to": "2000-01-20"},
				  "campaign": "CMP-EMAIL", "application": "E2F1A-B0C4D", "messages_ids": [500],
				  "messages_codes": ["E1A2-B3C4D5E6-F7A8B9C0"], "link_template": "https://shop.example.com/sale",
				  "template": "tmpl-1"},
				 "params": {"with_full_links": true}}""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"items\":[{\"template\":\"tmpl-1\","
				+ "\"link\":\"https://shop.example.com/sale\",\"title\":\"\",\"clicks\":3,\"full_links\":["
				+ "{\"full_link\":\"https://shop.example.com/sale?utm=1\",\"clicks\":2},"
				+ "{\"full_link\":\"https://shop.example.com/sale?utm=2\",\"clicks\":1}]}]}");
	}

	@Test
	void linksInteractionsGroupsByTemplateForm() {
		Response byMessage = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions",
				"{\"filters\": {\"messages_codes\": [\"" + EMAIL_CODE + "\"]}}");
		assertThat(byMessage.body()).isEqualTo("{\"items\":["
				+ "{\"template\":\"tmpl-1\",\"link\":\"https://shop.example.com/sale\",\"title\":\"\",\"clicks\":3,\"full_links\":[]},"
				+ "{\"template\":\"tmpl-1\",\"link\":\"https://blog.example.com/post\",\"title\":\"\",\"clicks\":1,\"full_links\":[]}]}");
		Response prefix = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions",
				"{\"filters\": {\"application\": \"" + EMAIL_APP + "\", \"link_template\": \"https://blog.*\"}}");
		assertThat(prefix.json().path("items").size()).isEqualTo(1);
		assertThat(prefix.json().path("items").get(0).path("link").asString())
			.isEqualTo("https://blog.example.com/post");
		Response exact = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions",
				"{\"filters\": {\"application\": \"" + EMAIL_APP
						+ "\", \"link_template\": \"https://blog.example.com\"}}");
		assertThat(exact.body()).isEqualTo("{\"items\":[]}");
		Response missingTemplate = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions",
				"{\"filters\": {\"application\": \"" + EMAIL_APP + "\"}}");
		assertThat(missingTemplate.status()).isEqualTo(400);
		assertThat(missingTemplate.body()).isEqualTo(
				"{\"error\":\"filters.link_template is required with filters.application or filters.campaign\"}");
		Response nothing = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractions", "{\"filters\": {}}");
		assertThat(nothing.body()).isEqualTo("{\"error\":\"one of filters.application, filters.campaign, "
				+ "filters.messages_ids or filters.messages_codes is required\"}");
	}

	@Test
	void linksInteractionsDevicesAnswersTheVendorExample() {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractionsDevices", """
				{"filters": {"date_range": {"date_from": "2000-01-20", "date_to": "2000-01-21"},
				  "campaign": "CMP-EMAIL", "application": "E2F1A-B0C4D", "messages_ids": [500],
				  "messages_codes": ["E1A2-B3C4D5E6-F7A8B9C0"], "link_template": "https://shop.example.com/sale",
				  "template": "tmpl-1"},
				 "per_page": 100, "page": 0}""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"total\":3,\"items\":["
				+ "{\"timestamp\":\"2000-01-20T10:01:00Z\",\"link\":\"https://shop.example.com/sale?utm=1\",\"hwid\":\"a@example.com\"},"
				+ "{\"timestamp\":\"2000-01-20T10:02:00Z\",\"link\":\"https://shop.example.com/sale?utm=2\",\"hwid\":\"b@example.com\"},"
				+ "{\"timestamp\":\"2000-01-20T10:03:00Z\",\"link\":\"https://shop.example.com/sale?utm=1\",\"hwid\":\"a@example.com\"}]}");
		Response secondPage = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractionsDevices",
				"{\"filters\": {\"messages_ids\": [500]}, \"per_page\": 2, \"page\": 1}");
		assertThat(secondPage.body()).isEqualTo("{\"total\":4,\"items\":["
				+ "{\"timestamp\":\"2000-01-20T10:03:00Z\",\"link\":\"https://shop.example.com/sale?utm=1\",\"hwid\":\"a@example.com\"},"
				+ "{\"timestamp\":\"2000-01-21T10:04:00Z\",\"link\":\"https://blog.example.com/post#top\",\"hwid\":\"b@example.com\"}]}");
		Response tooMany = this.pushwoosh.postJson("/api/v2/statistics/emails/linksInteractionsDevices",
				"{\"filters\": {\"messages_ids\": [500]}, \"per_page\": 1001}");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).isEqualTo("{\"error\":\"per_page must be between 1 and 1000\"}");
	}

	@Test
	void bouncedEmailsAnswersTheVendorExample() {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails", """
				{"application": "E2F1A-B0C4D", "message_code": "E1A2-B3C4D5E6-F7A8B9C0", "campaign": "CMP-EMAIL",
				 "date_from": "2000-01-20T00:00:00.000Z", "date_to": "2000-01-21T00:00:00.000Z",
				 "per_page": 1000, "page": 0, "type": "Softbounce"}""");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"total\":1,\"bounced_emails\":[{\"email\":\"e@example.com\","
				+ "\"date\":\"2000-01-20T09:06:00.000Z\",\"reason\":\"Mailbox full\",\"type\":\"Softbounce\"}]}");
		Response page5 = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails", """
				{"application": "E2F1A-B0C4D", "campaign": "CMP-EMAIL", "per_page": 1000, "page": 5}""");
		assertThat(page5.body()).isEqualTo("{\"total\":3,\"bounced_emails\":[]}");
	}

	@Test
	void bouncedEmailsListsBouncesAndComplaintsByType() {
		Response all = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"message_code\": \"" + EMAIL_CODE + "\", \"per_page\": 10}");
		assertThat(all.body()).isEqualTo("{\"total\":3,\"bounced_emails\":["
				+ "{\"email\":\"c@example.com\",\"date\":\"2000-01-20T09:05:00.000Z\",\"reason\":\"No such user\",\"type\":\"Hardbounce\"},"
				+ "{\"email\":\"e@example.com\",\"date\":\"2000-01-20T09:06:00.000Z\",\"reason\":\"Mailbox full\",\"type\":\"Softbounce\"},"
				+ "{\"email\":\"b@example.com\",\"date\":\"2000-01-20T10:00:00.000Z\",\"reason\":\"Spam\",\"type\":\"Complaint\"}]}");
		assertThat(bounceEmails("\"type\": \"Hardbounce\"")).isEqualTo("c@example.com");
		assertThat(bounceEmails("\"type\": \"Complaint\"")).isEqualTo("b@example.com");
		assertThat(bounceEmails("\"per_page\": 1, \"page\": 1")).isEqualTo("e@example.com");
		// date_to is inclusive, to the millisecond.
		Response window = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails", """
				{"application": "E2F1A-B0C4D", "date_from": "2000-01-20T09:05:00.000Z",
				 "date_to": "2000-01-20T09:05:00.000Z", "per_page": 10}""");
		assertThat(window.json().path("total").asLong()).isEqualTo(1);
		Response noPerPage = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"message_code\": \"" + EMAIL_CODE + "\"}");
		assertThat(noPerPage.body()).isEqualTo("{\"error\":\"per_page is required\"}");
		Response tooMany = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"message_code\": \"" + EMAIL_CODE + "\", \"per_page\": 5001}");
		assertThat(tooMany.body()).isEqualTo("{\"error\":\"per_page must be between 1 and 5000\"}");
		Response badType = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"message_code\": \"" + EMAIL_CODE
						+ "\", \"per_page\": 5, \"type\": \"Bounce\"}");
		assertThat(badType.body())
			.isEqualTo("{\"error\":\"type: invalid value 'Bounce' (use Complaint, Softbounce or Hardbounce)\"}");
		Response noScope = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"per_page\": 5}");
		assertThat(noScope.body())
			.isEqualTo("{\"error\":\"one of message_code, campaign, or date_from and date_to is required\"}");
	}

	private String bounceEmails(String more) {
		Response response = this.pushwoosh.postJson("/api/v2/statistics/emails/bouncedEmails",
				"{\"application\": \"E2F1A-B0C4D\", \"message_code\": \"" + EMAIL_CODE + "\", \"per_page\": 10, " + more
						+ "}");
		StringBuilder emails = new StringBuilder();
		response.json()
			.path("bounced_emails")
			.forEach((row) -> emails.append(emails.isEmpty() ? "" : ",").append(row.path("email").asString()));
		return emails.toString();
	}

}
