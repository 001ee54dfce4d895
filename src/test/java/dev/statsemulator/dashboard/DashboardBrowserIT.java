package dev.statsemulator.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import dev.statsemulator.support.Browser;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard driven in a browser (headless Chromium, or HtmlUnit where Chromium is not
 * installed): it loads, its four lenses show what the vendor APIs answer for the same
 * range, its clock and generation controls work, and no script error occurs.
 */
class DashboardBrowserIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	private static final Instant NOW = Instant.parse("2024-08-10T12:00:00Z");

	/**
	 * As JavaScript's Date.toISOString() writes instants (Rocket.Chat's clients send them
	 * so).
	 */
	private static final java.time.format.DateTimeFormatter JS_ISO = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(java.time.ZoneOffset.UTC);

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	@Test
	void theDashboardShowsWhatEveryVendorAnswersAndDrivesClockAndGeneration() throws Exception {
		String ws = newWorkspaceId("dash");
		String suffix = ws.substring(5);
		String tellodyUser = "t-" + suffix;
		String grKey = "gr-" + suffix;
		String rcUser = "rc-" + suffix;
		String rcToken = "rct-" + suffix;
		String pwToken = "pw-" + suffix;
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + ws, """
				{"timezone": "Europe/Athens",
				 "tellody": {"users": [{"username": "%s", "password": "secret-1"}]},
				 "getresponse": {"apiKeys": ["%s"]},
				 "rocketchat": {"license": true, "users": [{"userId": "%s", "authToken": "%s", "username": "%s",
				   "password": "pw", "permissions": ["view-engagement-dashboard"]}]},
				 "pushwoosh": {"tokens": [{"token": "%s", "applications": ["1DC69-73EDB"]}]}}
				""".formatted(tellodyUser, grKey, rcUser, rcToken, rcUser, pwToken)).status()).isEqualTo(201);
		this.clock.freeze(NOW);
		assertThat(admin()
			.postJson("/_emulator/v1/workspaces/" + ws + "/generate",
					"{\"seed\": 11, \"days\": 6, \"eventsPerDay\": 800}")
			.status()).isEqualTo(200);

		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver();
			WebDriverWait wait = new WebDriverWait(driver, browser.timeout());
			long started = System.nanoTime();
			driver.get("http://localhost:" + this.port + "/");
			driver.findElement(By.id("admin-token")).sendKeys(ADMIN_TOKEN);
			driver.findElement(By.cssSelector("#token-form button")).click();
			wait.until((d) -> d.findElement(By.id("app")).isDisplayed());
			System.out
				.println("Dashboard signed in and shown after " + (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(driver.findElement(By.id("token-state")).getText()).isEqualTo("Signed in (admin)");
			assertThat(driver.getPageSource()).doesNotContain(ADMIN_TOKEN);

			wait.until((d) -> !new Select(d.findElement(By.id("workspace-select"))).getOptions().isEmpty());
			new Select(driver.findElement(By.id("workspace-select"))).selectByValue(ws);
			// The page asked for the workspace's credentials and has none (its secrets
			// are hashed).
			wait.until((d) -> d.findElement(By.cssSelector("#lens-tellody .lens-status"))
				.getText()
				.equals("No Tellody credentials for this workspace."));
			wait.until((d) -> d.findElement(By.id("cred-tellody-user")).isDisplayed());
			type(driver, "cred-tellody-user", tellodyUser);
			type(driver, "cred-tellody-pass", "secret-1");
			type(driver, "cred-gr-key", grKey);
			type(driver, "cred-rc-user", rcUser);
			type(driver, "cred-rc-token", rcToken);
			type(driver, "cred-pw-token", pwToken);
			type(driver, "cred-pw-app", "1DC69-73EDB");
			driver.findElement(By.cssSelector("#credentials-form button")).click();

			js(driver, "document.getElementById('range-from').value = '2024-08-05';"
					+ "document.getElementById('range-to').value = '2024-08-09';");
			long shown = System.nanoTime();
			driver.findElement(By.id("range-show")).click();
			// Drawn for this range (an earlier "Show" of the default range may have been
			// drawn
			// before the click took effect).
			wait.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses"))
					&& String
						.valueOf(js(d,
								"var t = document.querySelector('#tellody-codes .chart-title');"
										+ " return t ? t.textContent : '';"))
						.contains("2024-08-05 to 2024-08-09"));
			System.out.println("Dashboard lenses drawn " + (System.nanoTime() - shown) / 1_000_000 + " ms after Show: "
					+ driver.findElement(By.id("range-status")).getText());
			browser.screenshot("lenses");

			// The latest calls: read from the journal when the lenses loaded, and on
			// demand.
			wait.until((d) -> "ready".equals(d.findElement(By.id("journal")).getAttribute("data-journal")));
			assertThat(journalRows(driver)).isNotEmpty();
			String rocketChatUrl = String
				.valueOf(js(driver,
						"return document.querySelector('#lens-rocketchat pre.request').textContent.split('\\n')[0];"))
				.replaceFirst("^GET ", "");
			List<String> lensCalls = List.of("Tellody POST /CampaignCloud/Report/UniqueCode 200",
					"Tellody POST /CampaignCloud/Report/ContactChart 200", "GetResponse POST / 200",
					"Rocket.Chat GET " + rocketChatUrl + " 200", "Pushwoosh POST /api/v2/messages:list 200",
					"Pushwoosh POST /api/v2/statistics/messages/totalsByIntervals 200",
					"Pushwoosh POST /api/v2/statistics/getMessageLog 200");
			driver.findElement(By.id("journal-refresh")).click();
			wait.until((d) -> "ready".equals(d.findElement(By.id("journal")).getAttribute("data-journal"))
					&& journalRows(d).stream()
						.map((row) -> String.join(" ", row.subList(0, 4)))
						.toList()
						.containsAll(lensCalls));
			List<List<String>> rows = journalRows(driver);
			System.out.println("Latest calls panel: " + rows.size() + " rows, newest " + rows.get(0));
			assertThat(rows).allSatisfy((row) -> assertThat(row.get(4)).as("no fault injected").isEqualTo("–"));
			assertThat(driver.findElement(By.id("journal-status")).getText()).startsWith("The newest ");
			assertThat(driver.findElement(By.id("journal-workspace")).getText()).isEqualTo(ws);
			String panel = driver.findElement(By.id("journal")).getText();
			assertThat(panel).doesNotContain("secret-1", grKey, rcToken, pwToken);
			// Filtered by vendor.
			new Select(driver.findElement(By.id("journal-vendor"))).selectByValue("rocketchat");
			wait.until((d) -> "ready".equals(d.findElement(By.id("journal")).getAttribute("data-journal"))
					&& journalRows(d).stream().allMatch((row) -> row.get(0).equals("Rocket.Chat")));
			assertThat(journalRows(driver)).isNotEmpty();
			new Select(driver.findElement(By.id("journal-vendor"))).selectByValue("");
			// An injected fault is marked.
			assertThat(admin()
				.postJson("/_emulator/v1/workspaces/" + ws + "/faults",
						"{\"vendor\": \"getresponse\", \"failNext\": 1}")
				.status()).isEqualTo(201);
			int faulted = http()
				.postJson("/", "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"" + grKey + "\"],\"id\":9}")
				.status();
			assertThat(admin().delete("/_emulator/v1/workspaces/" + ws + "/faults").status()).isEqualTo(204);
			driver.findElement(By.id("journal-refresh")).click();
			wait.until((d) -> !journalRows(d).isEmpty() && !journalRows(d).get(0).get(4).equals("–"));
			List<String> newest = journalRows(driver).get(0);
			assertThat(newest.subList(0, 4)).containsExactly("GetResponse", "POST", "/", String.valueOf(faulted));
			assertThat(newest.get(4)).isNotBlank();
			assertThat(driver.findElement(By.cssSelector("#journal-table tbody tr")).getAttribute("class"))
				.isEqualTo("injected");
			browser.fullPageScreenshot("latest-calls");

			long from = LocalDate.parse("2024-08-05").atStartOfDay(ATHENS).toInstant().toEpochMilli();
			long to = LocalDate.parse("2024-08-10").atStartOfDay(ATHENS).toInstant().toEpochMilli();
			long lastDay = LocalDate.parse("2024-08-09").atStartOfDay(ATHENS).toInstant().toEpochMilli();

			// Tellody, asked the same way in its own session.
			String xsrf = tellodyLogin(tellodyUser, "secret-1");
			JsonNode codes = tellodyReport(xsrf, "UniqueCode",
					"{\"from\":" + from + ",\"to\":" + (to - 1) + ",\"unit\":\"day\",\"dow\":0}");
			Map<String, String> drawnCodes = bars(driver, "tellody-codes", "count");
			assertThat(drawnCodes).hasSize(6);
			drawnCodes.forEach((key, value) -> assertThat(value).as("UniqueCode " + key)
				.isEqualTo(String.valueOf(codes.path(key.substring(key.indexOf(':') + 1)).asLong())));
			assertThat(codes.path("EMAIL_SENT").asLong()).isPositive();
			JsonNode contacts = tellodyReport(xsrf, "ContactChart", "{\"from\":" + lastDay + ",\"to\":" + (to - 1)
					+ ",\"unit\":\"hour\",\"window\":\"day\",\"dow\":0}");
			assertThat(new ArrayList<>(bars(driver, "tellody-contacts", "contactsAdded").values()))
				.isEqualTo(strings(contacts.path("contactsAdded")));

			// GetResponse: the stats of each message the chart shows.
			String[] messages = driver.findElement(By.id("chart-getresponse")).getAttribute("data-messages").split(",");
			assertThat(messages).isNotEmpty();
			List<String> sent = new ArrayList<>();
			for (String message : messages) {
				JsonNode stats = post("/",
						"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"get_message_stats\",\"params\":[\"" + grKey
								+ "\",{\"message\":\"" + message
								+ "\",\"grouping\":\"daily\",\"created_on\":{\"FROM\":\"2024-08-05\",\"TO\":\"2024-08-09\"}}]}",
						Map.of())
					.path("result");
				long total = 0;
				for (JsonNode period : stats) {
					total += period.path("sent").asLong();
				}
				sent.add(String.valueOf(total));
			}
			assertThat(new ArrayList<>(bars(driver, "getresponse-stats", "sent").values())).isEqualTo(sent);

			// Rocket.Chat: period and yesterday figures, and the days.
			JsonNode rc = get("/api/v1/engagement-dashboard/messages/messages-sent?start="
					+ JS_ISO.format(Instant.ofEpochMilli(from)) + "&end=" + JS_ISO.format(Instant.ofEpochMilli(to - 1)),
					Map.of("X-User-Id", rcUser, "X-Auth-Token", rcToken));
			assertThat(driver.findElement(By.id("rc-period")).getText())
				.isEqualTo(rc.path("period").path("count").asString());
			assertThat(driver.findElement(By.id("rc-yesterday")).getText())
				.isEqualTo(rc.path("yesterday").path("count").asString());
			assertThat(rc.path("period").path("count").asLong()).isPositive();
			List<String> days = new ArrayList<>();
			rc.path("days").forEach((day) -> days.add(0, day.path("messages").asString()));
			assertThat(new ArrayList<>(bars(driver, "rocketchat-days", "messages").values())).isEqualTo(days);

			// Pushwoosh: the message's sends per hour, all platforms added up.
			String code = driver.findElement(By.id("chart-pushwoosh")).getAttribute("data-message");
			JsonNode totals = post("/api/v2/statistics/messages/totalsByIntervals",
					"{\"message_code\":\"" + code + "\"}", Map.of("Authorization", "Api " + pwToken));
			Map<String, Long> sends = new java.util.TreeMap<>();
			totals.path("metrics")
				.forEach((row) -> sends.merge(row.path("timestamp").asString(),
						Long.parseLong(row.path("sends").asString()), Long::sum));
			assertThat(new ArrayList<>(bars(driver, "pushwoosh-totals", "sends").values()))
				.isEqualTo(sends.values().stream().map(String::valueOf).toList());
			assertThat(driver.findElements(By.cssSelector("#pushwoosh-log tbody tr"))).isNotEmpty();

			// Requests are shown, secrets masked.
			String shownCalls = String.valueOf(js(driver, "var t = '';"
					+ "var p = document.querySelectorAll('pre.request'); for (var i = 0; i < p.length; i++) { t += p[i].textContent + '\\n'; }"
					+ "return t;"));
			assertThat(shownCalls).contains("/api/v2/statistics/messages/totalsByIntervals", "get_message_stats",
					"/CampaignCloud/Report/UniqueCode", "messages-sent?start=");
			assertThat(shownCalls).doesNotContain("secret-1", grKey, rcToken, pwToken);
			assertThat(driver.getPageSource()).doesNotContain("secret-1", rcToken, pwToken);

			// The clock: move, release, freeze.
			wait.until((d) -> d.findElement(By.id("clock-now")).getText().equals(NOW.toString()));
			driver.findElement(By.cssSelector("button[data-move='3600']")).click();
			wait.until((d) -> d.findElement(By.id("clock-now")).getText().equals("2024-08-10T13:00:00Z"));
			assertThat(this.clock.now()).isEqualTo(Instant.parse("2024-08-10T13:00:00Z"));
			driver.findElement(By.id("clock-release")).click();
			wait.until((d) -> d.findElement(By.id("clock-state")).getText().equals("following the system clock"));
			assertThat(this.clock.frozenAt()).isEmpty();
			type(driver, "clock-input", NOW.toString());
			driver.findElement(By.cssSelector("#clock-form button")).click();
			wait.until((d) -> d.findElement(By.id("clock-now")).getText().equals(NOW.toString()));
			assertThat(this.clock.frozenAt()).contains(NOW);

			// Generation as a job, with its progress bar.
			WebElement days_ = driver.findElement(By.id("gen-days"));
			days_.clear();
			days_.sendKeys("3");
			WebElement volume = driver.findElement(By.id("gen-volume"));
			volume.clear();
			volume.sendKeys("400");
			driver.findElement(By.id("gen-start")).click();
			wait.until((d) -> d.findElement(By.id("gen-status")).getText().startsWith("succeeded"));
			assertThat(driver.findElement(By.id("gen-progress")).getAttribute("value")).isEqualTo("1");
			assertThat(driver.findElement(By.id("gen-status")).getText()).matches("succeeded: 4/4 days, \\d+ events.*");
			Response jobs = admin().get("/_emulator/v1/generation-jobs");
			assertThat(jobs.json().get(0).path("workspace").asString()).isEqualTo(ws);
			assertThat(jobs.json().get(0).path("state").asString()).isEqualTo("succeeded");
			wait.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses")));
			browser.screenshot("after-generation");

			assertThat(js(driver, "return window.dashboardErrors.length;")).isEqualTo(0L);
			assertThat(browser.consoleErrors()).isEmpty();

			// The page load, measured: a fresh load of the page linked to this workspace
			// (token and credentials in the tab's session storage, as after a sign-in).
			js(driver, "window.location.hash = 'workspace=" + ws + "';");
			long reload = System.nanoTime();
			driver.navigate().refresh();
			wait.until((d) -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-lenses"))
					&& "ready".equals(d.findElement(By.id("journal")).getAttribute("data-journal"))
					&& !bars(d, "rocketchat-days", "messages").isEmpty());
			assertThat(new Select(driver.findElement(By.id("workspace-select"))).getFirstSelectedOption()
				.getAttribute("value")).isEqualTo(ws);
			assertThat(driver.findElement(By.id("rc-period")).getText()).matches("\\d+");
			@SuppressWarnings("unchecked")
			Map<String, Object> timing = (Map<String, Object>) js(driver,
					"var n = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;"
							+ " return {load: n ? n.loadEventEnd - n.startTime : null,"
							+ " domReady: n ? n.domContentLoadedEventEnd - n.startTime : null,"
							+ " lenses: window.dashboardTimings.lenses, journal: window.dashboardTimings.journal};");
			@SuppressWarnings("unchecked")
			List<Object> resources = (List<Object>) js(driver,
					"var out = [location.href]; var e = performance.getEntriesByType ?"
							+ " performance.getEntriesByType('resource') : [];"
							+ " for (var i = 0; i < e.length; i++) { out.push(e[i].name); } return out;");
			long wall = (System.nanoTime() - reload) / 1_000_000;
			if (browser.isChromium()) {
				System.out.println("Dashboard page load (headless Chromium): loadEventEnd - startTime "
						+ millis(timing.get("load")) + " ms (DOMContentLoaded " + millis(timing.get("domReady"))
						+ " ms); charts with numbers after " + millis(timing.get("lenses")) + " ms; latest calls after "
						+ millis(timing.get("journal")) + " ms; " + (resources.size() - 1)
						+ " resources, every one from the emulator");
				assertThat(((Number) timing.get("load")).doubleValue()).isPositive();
				assertThat(((Number) timing.get("lenses")).doubleValue()).isPositive();
				// The page's scripts, style and every call it made are resources here.
				assertThat(resources).hasSizeGreaterThan(10);
			}
			else {
				// HtmlUnit keeps no Navigation or Resource Timing entries (and its
				// performance.now() does not start at the navigation).
				System.out.println("Dashboard page load (HtmlUnit): no Navigation or Resource Timing in this engine;"
						+ " charts with numbers and latest calls " + wall
						+ " ms after the reload, by the test's clock; the other-hosts check needs Chromium");
			}
			String origin = "http://localhost:" + this.port + "/";
			assertThat(resources).allSatisfy((url) -> assertThat(String.valueOf(url)).startsWith(origin));
			browser.fullPageScreenshot("reloaded");
			assertThat(js(driver, "return window.dashboardErrors.length;")).isEqualTo(0L);
			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private static String millis(Object value) {
		return (value instanceof Number number) ? String.valueOf(Math.round(number.doubleValue())) : "n/a";
	}

	@Test
	void theDemoCredentialsAreHandedOnlyForTheDemoAndOnlyWithTheAdminToken() {
		assertThat(http().get("/_emulator/v1/dashboard/credentials/demo").status()).isEqualTo(401);
		assertThat(admin().get("/_emulator/v1/dashboard/credentials/no-such-workspace").status()).isEqualTo(404);
		String ws = newWorkspaceId("creds");
		assertThat(admin()
			.putJson("/_emulator/v1/workspaces/" + ws,
					"{\"timezone\": \"UTC\", \"getresponse\": {\"apiKeys\": [\"k-" + ws + "\"]}}")
			.status()).isEqualTo(201);
		Response other = admin().get("/_emulator/v1/dashboard/credentials/" + ws);
		assertThat(other.status()).isEqualTo(204);
		assertThat(other.body()).isEmpty();
	}

	@Test
	void getSlashServesThePageToBrowsersAndLeavesJsonRpcAlone() {
		Response page = http().withHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get("/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<script src=\"/dashboard/dashboard.js\">")
			.doesNotContain("http://", "https://");
		assertThat(http().get("/dashboard/dashboard.js").status()).isEqualTo(200);
		assertThat(http().get("/dashboard/charts.js").status()).isEqualTo(200);
		Response rpc = http().post("/", "application/json",
				"{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[\"x\"],\"id\":1}");
		assertThat(rpc.status()).isEqualTo(200);
		assertThat(rpc.json().path("error").path("code").asInt()).isEqualTo(-1);
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private static Object js(WebDriver driver, String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	/** The latest calls panel's rows: vendor, method, path, status, injected fault. */
	@SuppressWarnings("unchecked")
	private static List<List<String>> journalRows(WebDriver driver) {
		List<Object> rows = (List<Object>) js(driver,
				"var out = []; var r = document.querySelectorAll('#journal-table tbody tr');"
						+ "for (var i = 0; i < r.length; i++) { var c = r[i].cells;"
						+ " out.push([c[1].textContent, c[2].textContent, c[3].textContent, c[4].textContent,"
						+ " c[6].textContent]); } return out;");
		List<List<String>> result = new ArrayList<>();
		rows.forEach((row) -> result.add(((List<Object>) row).stream().map(String::valueOf).toList()));
		return result;
	}

	/** label -> value of one series' bars, in drawing order. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> bars(WebDriver driver, String chart, String series) {
		List<Object> pairs = (List<Object>) js(driver,
				"var out = []; var r = document.querySelectorAll('#" + chart + " rect[data-series=\"" + series
						+ "\"]');" + "for (var i = 0; i < r.length; i++) { out.push(r[i].getAttribute('data-label'));"
						+ " out.push(r[i].getAttribute('data-value')); } return out;");
		Map<String, String> bars = new LinkedHashMap<>();
		for (int i = 0; i < pairs.size(); i += 2) {
			bars.put(i / 2 + ":" + pairs.get(i), String.valueOf(pairs.get(i + 1)));
		}
		return bars;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.asString()));
		return values;
	}

	private String tellodyLogin(String username, String password) throws IOException, InterruptedException {
		String token = ping();
		HttpResponse<String> login = this.client.send(request("/CampaignCloud/login").header("X-XSRF-TOKEN", token)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		return ping();
	}

	private String ping() throws IOException, InterruptedException {
		return this.client
			.send(request("/CampaignCloud/RememberMeController/ping").GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElseThrow();
	}

	private JsonNode tellodyReport(String xsrf, String report, String body) throws IOException, InterruptedException {
		return post("/CampaignCloud/Report/" + report, body, Map.of("X-XSRF-TOKEN", xsrf));
	}

	private JsonNode post(String path, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		HttpResponse<String> answer = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private JsonNode get(String path, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		HttpResponse<String> answer = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
	}

}
