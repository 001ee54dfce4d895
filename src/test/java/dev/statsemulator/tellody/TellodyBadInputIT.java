package dev.statsemulator.tellody;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every kind of bad input gets a 4xx in Tellody's error shape with a message that says
 * what to fix, never a 500.
 */
class TellodyBadInputIT extends TellodyIntegrationTest {

	private static final String FORM = "application/x-www-form-urlencoded";

	private static void assertError(Response response, int status, String... hints) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().propertyNames()).containsExactly("message", "status");
		assertThat(response.json().path("status").asString()).isEqualTo("error");
		assertThat(response.json().path("message").asString()).as(response.toString()).contains(hints);
	}

	@Test
	void reportBodiesThatAreNotTheParameters() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		Map<String, String[]> bodies = new LinkedHashMap<>();
		bodies.put("{\"from\":1437426000000,", new String[] { "Malformed JSON", "line 1" });
		bodies.put("{\"from\":1437426000000", new String[] { "Malformed JSON: Unexpected end-of-input", "line 1" });
		bodies.put("", new String[] { "body is empty", "{\"from\":1437426000000" });
		bodies.put("[1437426000000, 1437512399999]", new String[] { "as a JSON object" });
		bodies.put("{}", new String[] { "from: is required", "to: is required", "unit: is required",
				"window: is required, one of day, week, month, year" });
		bodies.put("{\"from\":\"yesterday\",\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}",
				new String[] { "from: must be a date in epoch milliseconds", "\"yesterday\"" });
		bodies.put("{\"from\":1437426000000.5,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}",
				new String[] { "from: must be a date in epoch milliseconds" });
		bodies.put("{\"from\":-1,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}",
				new String[] { "from: -1 is out of range" });
		bodies.put("{\"from\":1437426000000,\"to\":99999999999999999999,\"unit\":\"hour\",\"window\":\"day\"}",
				new String[] { "to: 99999999999999999999 is out of range" });
		bodies.put("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":5,\"window\":\"day\"}",
				new String[] { "unit: 5 must be one of hour, day, week, month" });
		bodies.put("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"minute\",\"window\":\"hour\"}",
				new String[] { "unit: \"minute\" must be one of hour, day, week, month",
						"window: \"hour\" must be one of day, week, month, year" });
		bodies.put("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":7}",
				new String[] { "dow: 7 must be", "0 = Sunday" });
		bodies.put(
				"{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":\"Sunday\"}",
				new String[] { "dow: \"Sunday\" must be" });
		bodies.put("{\"from\":1437512399999,\"to\":1437426000000,\"unit\":\"hour\",\"window\":\"day\"}",
				new String[] { "to: 1437426000000 is before from 1437512399999" });
		for (Map.Entry<String, String[]> body : bodies.entrySet()) {
			assertError(client.contactChart(body.getKey()), 400, body.getValue());
		}
		assertThat(client.contactChart("{\"from\":1437426000000").json().path("message").asString())
			.doesNotContain("Source");
		// A misspelt window must not silently select UniqueCode's flexible variant.
		assertError(
				client
					.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"windows\":\"day\"}"),
				400, "'windows' is not a parameter of Report/UniqueCode");
		assertError(client.uniqueCode("{\"from\":1437426000000,\"unit\":\"hour\"}"), 400, "to: is required");
		assertError(client.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"year\"}"), 400,
				"unit: \"year\" must be one of hour, day, week, month");
		assertError(client.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999}"), 400, "unit: is required");
	}

	/**
	 * The vendor's backend is Spring MVC with Jackson's default coercions: a number sent
	 * as a decimal string is read as the number, and an upper-case unit names the same
	 * unit. Such bodies answer like their canonical form; only what no default coercion
	 * reads (a word, a boolean, an object, a fraction) is a mistyped field.
	 */
	@Test
	void numbersAsStringsAndUpperCaseUnitsAreReadAsJacksonsDefaultsReadThem() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		Response canonical = client.contactChart(
				"{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":0}");
		assertThat(canonical.status()).isEqualTo(200);
		Response coerced = client.contactChart(
				"{\"from\":\"1437426000000\",\"to\":\"1437512399999\",\"unit\":\"HOUR\",\"window\":\"Day\",\"dow\":\"0\"}");
		assertThat(coerced.status()).as(coerced.toString()).isEqualTo(200);
		assertThat(coerced.body()).isEqualTo(canonical.body());
		Response flexible = client
			.uniqueCode("{\"from\":\"1729976400000\",\"to\":1729990800000,\"unit\":\"HOUR\",\"dow\":\"0\"}");
		assertThat(flexible.status()).as(flexible.toString()).isEqualTo(200);
		assertError(client.contactChart(
				"{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":true}"), 400,
				"dow: true must be");
		assertError(
				client.contactChart(
						"{\"from\":\"1437426000000.0\",\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}"),
				400, "from: must be a date in epoch milliseconds");
		assertError(client.contactChart("{\"from\":1437426000000,\"to\":{},\"unit\":\"hour\",\"window\":\"day\"}"), 400,
				"to: must be a date in epoch milliseconds");
	}

	@Test
	void numbersBeyondADoubleAreOutOfRange() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		String range = "use epoch milliseconds between 0 and 253402300799999";
		assertError(client.contactChart("{\"from\":1e999,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}"),
				400, "from: the number is out of range", range);
		assertError(client.contactChart("{\"from\":-1e999,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}"),
				400, "from: the number is out of range (-infinite", range);
		assertError(client.uniqueCode("{\"from\":1437426000000,\"to\":1e400,\"unit\":\"day\"}"), 400,
				"to: the number is out of range", range);
		assertError(client.uniqueCode("{\"from\":1437426000000,\"to\":1e18,\"unit\":\"day\"}"), 400,
				"to: 1000000000000000000 is out of range", range);
	}

	@Test
	void aLongBodyLabelledJsonIsAnsweredAtOnce() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		// Looks like a form up to its last character: a backtracking detector stalls on
		// it.
		String almostForm = "a=1" + "&a=1".repeat(20_000) + "\"";
		Response response = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> client.contactChart(almostForm));
		assertError(response, 400, "Malformed JSON");
		String form = "a=1" + "&a=1".repeat(20_000);
		assertError(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> client.contactChart(form)), 400,
				"form-encoded (a=1&a=1", "labelled application/json");
	}

	@Test
	void bodiesOverOneMebibyteAreRefused() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		String padded = "{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\"}";
		String justFits = padded + " ".repeat(1_048_576 - padded.length());
		assertThat(client.contactChart(justFits).status()).isEqualTo(200);
		assertError(client.contactChart(justFits + " "), 413, "larger than 1048576 bytes (1 MiB)",
				"Report/ContactChart");
		assertError(client.uniqueCode(padded + " ".repeat(3_000_000)), 413, "larger than 1048576 bytes");
		// The session goes on.
		assertThat(client.contactChart(padded).status()).isEqualTo(200);
	}

	@Test
	void flexibleUniqueCodeIgnoresDowButTheCalendarVariantChecksIt() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		for (String dow : new String[] { "9", "-1", "\"Sunday\"", "1.5", "[]", "1e999" }) {
			Response flexible = client
				.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"day\",\"dow\":" + dow + "}");
			assertThat(flexible.status()).as(flexible.toString()).isEqualTo(200);
			assertError(client.uniqueCode("{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\","
					+ "\"window\":\"day\",\"dow\":" + dow + "}"), 400, "dow: ", "0 = Sunday");
		}
	}

	@Test
	void reportBodiesInTheWrongContentType() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		String json = "{\"from\":1437426000000,\"to\":1437512399999,\"unit\":\"hour\",\"window\":\"day\",\"dow\":0}";
		// curl -d without -H 'Content-Type: application/json'
		assertError(
				client.http().withHeader("X-XSRF-TOKEN", client.token()).post(TellodyClient.CONTACT_CHART, FORM, json),
				400, "looks like JSON but was sent as a form", "Content-Type: application/json");
		assertError(
				client.http()
					.withHeader("X-XSRF-TOKEN", client.token())
					.post(TellodyClient.CONTACT_CHART, "text/plain", json),
				415, "Content-Type 'text/plain'", "application/json");
		assertError(
				client.http().withHeader("X-XSRF-TOKEN", client.token()).post(TellodyClient.CONTACT_CHART, null, json),
				415, "Content-Type missing");
		// python requests' data=dict with a JSON Content-Type header: a form body
		// labelled JSON.
		assertError(client.contactChart("from=1437426000000&to=1437512399999&unit=hour&window=day&dow=0"), 400,
				"form-encoded (from=1437426000000&to=", "labelled application/json", "json=data");
		// A form that carries parameters as fields.
		assertError(
				client.http()
					.withHeader("X-XSRF-TOKEN", client.token())
					.post(TellodyClient.UNIQUE_CODE, FORM, "from=1437426000000&to=1437512399999&unit=day"),
				400, "with the fields from, to, unit", "as a JSON object with Content-Type: application/json");
	}

	@Test
	void theVendorSamplesPythonTrapIsDiagnosed() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		// session.post(url, header, data): the header dict becomes the form body, the
		// data
		// is dropped, and no X-XSRF-TOKEN header is sent.
		String headersAsForm = "Content-Type=application%2Fjson&X-XSRF-TOKEN=" + client.token();
		for (String path : new String[] { TellodyClient.CONTACT_CHART, TellodyClient.UNIQUE_CODE }) {
			assertError(client.http().post(path, FORM, headersAsForm), 400,
					"Received no X-XSRF-TOKEN header but a form body (application/x-www-form-urlencoded) with the "
							+ "fields Content-Type, X-XSRF-TOKEN",
					"session.post(url, json=data, headers=header)");
		}
		// The same call without a login is diagnosed the same way.
		TellodyClient anonymous = client();
		anonymous.ping();
		assertError(anonymous.http()
			.post(TellodyClient.CONTACT_CHART, FORM,
					"Content-Type=application%2Fjson&X-XSRF-TOKEN=" + anonymous.token()),
				400, "json=data");
		// With the token also set as a session header, the body is still the headers.
		assertError(
				client.http()
					.withHeader("X-XSRF-TOKEN", client.token())
					.post(TellodyClient.CONTACT_CHART, FORM, headersAsForm),
				400, "the request headers were sent as the body", "json=data");
	}

	@Test
	void loginsThatAreNotLoginForms() {
		String id = workspace("Europe/Athens");
		TellodyClient client = client();
		client.ping();
		LoginPoster withToken = new LoginPoster(client);
		assertError(withToken.post("application/json", "{\"username\":\"" + id + "\",\"password\":\"x\"}"), 400,
				"Missing login field(s) username, password", "Content-Type application/json",
				"application/x-www-form-urlencoded");
		assertError(withToken.post(FORM, "username=" + id), 400, "Missing login field(s) password",
				"a form without them");
		assertError(withToken.post(FORM, "username=" + id + "&password=" + password(id) + "&remember-me=maybe"), 400,
				"remember-me: 'maybe' is not a boolean");
		// None of these logged in.
		assertThat(client.http().get(TellodyClient.USER_INFO).status()).isEqualTo(401);
	}

	@Test
	void wrongMethodsAndUnknownPaths() {
		TellodyClient client = loggedIn(workspace("Europe/Athens"));
		Response get = client.http().get(TellodyClient.CONTACT_CHART);
		assertError(get, 405, "GET is not supported by /CampaignCloud/Report/ContactChart; use POST");
		assertThat(get.header("Allow")).isEqualTo("POST");
		assertError(client.post(TellodyClient.USER_INFO, "{}"), 405, "use GET");
		assertError(client.post(TellodyClient.PING, "{}"), 405, "use GET");
		assertError(client.http().get("/CampaignCloud/Report/Nothing"), 404,
				"No Tellody endpoint /CampaignCloud/Report/Nothing", "POST /CampaignCloud/Report/UniqueCode");
		// Not logged in, an unknown path is just unauthorized.
		assertThat(client().http().get("/CampaignCloud/Report/Nothing").status()).isEqualTo(401);
	}

	/** Posts to the login with the session's token. */
	private record LoginPoster(TellodyClient client) {

		Response post(String contentType, String body) {
			return this.client.http()
				.withHeader("X-XSRF-TOKEN", this.client.token())
				.post(TellodyClient.LOGIN, contentType, body);
		}

	}

}
