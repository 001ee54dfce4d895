package dev.statsemulator.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load matrix's requests as they leave the benchmark: the n-th request of a varying
 * one, the same request to another server, and wrk's Lua script.
 */
class LoadGeneratorTests {

	private static final String RC = "http://127.0.0.1:18000/api/v1/engagement-dashboard/messages/messages-sent"
			+ "?start=2024-10-02T21:00:00.000Z&end=2024-12-31T21:59:59.999Z";

	@Test
	void aVaryingRequestMovesOnlyItsEndBackByOneMillisecondPerRequest() {
		LoadGenerator.Target target = new LoadGenerator.Target("rc", HttpRequest.newBuilder(URI.create(RC)).build(),
				null, Instant.parse("2024-12-31T21:59:59.999Z"));
		assertThat(target.pathAndQuery(0)).isEqualTo("/api/v1/engagement-dashboard/messages/messages-sent"
				+ "?start=2024-10-02T21:00:00.000Z&end=2024-12-31T21:59:59.999Z");
		assertThat(target.pathAndQuery(1_000)).endsWith("?start=2024-10-02T21:00:00.000Z&end=2024-12-31T21:59:58.999Z");
		assertThat(target.nth(86_400_000L, "http://127.0.0.1:18001").uri())
			.hasToString("http://127.0.0.1:18001/api/v1/engagement-dashboard/messages/messages-sent"
					+ "?start=2024-10-02T21:00:00.000Z&end=2024-12-30T21:59:59.999Z");
	}

	@Test
	void aFixedRequestGoesToAnotherServerUnchanged() {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:18000/?a=1"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"id\": 1}"))
			.build();
		LoadGenerator.Target target = new LoadGenerator.Target("gr", request, null, null);
		HttpRequest moved = target.nth(7, "http://127.0.0.1:18001");
		assertThat(moved.uri()).hasToString("http://127.0.0.1:18001/?a=1");
		assertThat(moved.method()).isEqualTo("POST");
		assertThat(moved.headers().firstValue("Content-Type")).contains("application/json");
		assertThat(new String(PlainHttp.body(moved), StandardCharsets.UTF_8)).isEqualTo("{\"id\": 1}");
	}

	@Test
	void wrksScriptCarriesTheExactBodyHeadersAndCookie() {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:18000/CampaignCloud/Report/X"))
			.header("X-XSRF-TOKEN", "t\"1")
			.POST(HttpRequest.BodyPublishers.ofString("{\"a\": \"b\\\\c\"}\n\u00e9"))
			.build();
		String lua = LoadGenerator.luaScript(new LoadGenerator.Target("t", request, "JSESSIONID=abc", null));
		assertThat(lua).contains("wrk.method = \"POST\"")
			.contains("wrk.body = \"{\\\"a\\\": \\\"b\\\\\\\\c\\\"}\\010\\195\\169\"")
			.contains("wrk.headers[\"X-XSRF-TOKEN\"] = \"t\\\"1\"")
			.contains("wrk.headers[\"Cookie\"] = \"JSESSIONID=abc\"")
			.contains("wrk.path = \"/CampaignCloud/Report/X\"")
			.doesNotContain("function request()")
			.contains("WRKRESULT");
	}

	@Test
	void wrksScriptBuildsEachRequestOfAVaryingOne() {
		LoadGenerator.Target target = new LoadGenerator.Target("rc", HttpRequest.newBuilder(URI.create(RC)).build(),
				null, Instant.parse("2024-12-31T21:59:59.999Z"));
		String lua = LoadGenerator.luaScript(target);
		assertThat(lua)
			.contains("local prefix = \"/api/v1/engagement-dashboard/messages/messages-sent"
					+ "?start=2024-10-02T21:00:00.000Z&end=\"")
			.contains("local suffix = \"\"")
			.contains("local base = " + Instant.parse("2024-12-31T21:59:59.999Z").toEpochMilli())
			.contains("function request()");
	}

	@Test
	void aListingCountsItsRows() {
		QueryCatalogue.Query listing = QueryCatalogue.all("token")
			.stream()
			.filter((query) -> query.name().startsWith("Pushwoosh getMessageLog: busiest"))
			.findFirst()
			.orElseThrow();
		assertThat(listing.listing()).isTrue();
		assertThat(listing.rows("{\"data\": [{\"action\": \"sent\"}, {\"action\": \"opened\"}]}")).isEqualTo(2);
		assertThat(QueryCatalogue.all("token").get(0).rows("{\"buckets\": []}")).isZero();
	}

}
