package dev.statsemulator.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deterministic generator of malformed requests to every endpoint of the five APIs
 * (control, Tellody, GetResponse, Rocket.Chat, Pushwoosh, and the health endpoint), sent
 * over raw HTTP/1.1 sockets so that anything a hostile or clumsy client can put on the
 * wire gets through: any method, content type, encoding, size, nesting, number, date,
 * unicode, duplicate keys, batches and broken query escapes. Every answer must be below
 * 500 and name no Java class or package.
 */
final class BadInputCorpus {

	static final long SEED = 20261202L;

	static final int REQUESTS = 10_400;

	/** What an answer must never contain: internal class or package names. */
	static final Pattern LEAK = Pattern
		.compile("java\\.|javax\\.|jakarta\\.|dev\\.statsemulator|tools\\.jackson|com\\.fasterxml|org\\.springframework"
				+ "|org\\.apache|org\\.h2|org\\.postgresql|Exception|Whitelabel|\\bat [a-z]+\\.[a-z]+\\.");

	private static final String WS = "corpus";

	private final int port;

	private final String workspace;

	private final Map<String, String> tellody = new LinkedHashMap<>();

	private BadInputCorpus(int port, String workspace) {
		this.port = port;
		this.workspace = workspace;
	}

	/** Sets up a workspace with every vendor's credentials, then sends the corpus. */
	static Result run(int port, Http admin, Http http, String workspace) throws Exception {
		String path = "/_emulator/v1/workspaces/" + workspace;
		Response put = admin.putJson(path,
				"{\"timezone\":\"Europe/Athens\"," + "\"tellody\":{\"users\":[{\"username\":\"" + workspace
						+ "\",\"password\":\"pw\"}]}," + "\"getresponse\":{\"apiKeys\":[\"gr-" + workspace + "\"]},"
						+ "\"rocketchat\":{\"license\":true,\"users\":[{\"userId\":\"u-" + workspace
						+ "\",\"authToken\":\"t-" + workspace + "\",\"username\":\"rc-" + workspace
						+ "\",\"password\":\"pw\"," + "\"permissions\":[\"view-engagement-dashboard\"]}]},"
						+ "\"pushwoosh\":{\"tokens\":[{\"token\":\"pw-" + workspace
						+ "\",\"applications\":[\"AAAAA-BBBBB\"]}]}}");
		assertThat(put.status()).as(put.toString()).isEqualTo(201);
		Response events = admin.postJson(path + "/events", "[{\"type\":\"sent\",\"at\":\"2024-05-01T10:00:00Z\","
				+ "\"message\":\"m1\",\"contact\":\"a@example.com\",\"application\":\"AAAAA-BBBBB\"},"
				+ "{\"type\":\"chat_message\",\"at\":\"2024-05-01T11:00:00Z\",\"room\":{\"id\":\"r\",\"name\":\"general\","
				+ "\"type\":\"c\"}}]");
		assertThat(events.status()).as(events.toString()).isEqualTo(200);
		BadInputCorpus corpus = new BadInputCorpus(port, workspace);
		Response first = http.get("/CampaignCloud/RememberMeController/ping");
		Response login = http.withHeader("X-XSRF-TOKEN", first.header("X-XSRF-TOKEN"))
			.post("/CampaignCloud/login", "application/x-www-form-urlencoded",
					"username=" + workspace + "&password=pw");
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		Response ping = http.get("/CampaignCloud/RememberMeController/ping");
		corpus.tellody.put("Cookie",
				login.raw()
					.headers()
					.firstValue("Set-Cookie")
					.or(() -> first.raw().headers().firstValue("Set-Cookie"))
					.orElseThrow()
					.split(";")[0]);
		corpus.tellody.put("X-XSRF-TOKEN", ping.header("X-XSRF-TOKEN"));
		try {
			return corpus.send();
		}
		finally {
			// The corpus may have frozen the clock with a value it accepts.
			admin.delete("/_emulator/v1/clock");
		}
	}

	/** Counts by status class, and the offending answers. */
	record Result(int sent, Map<Integer, Integer> byStatus, List<String> serverErrors, List<String> leaks,
			long millis) {

		int serverErrorCount() {
			return this.byStatus.entrySet()
				.stream()
				.filter((entry) -> entry.getKey() >= 500)
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

	}

	private Result send() throws Exception {
		long start = System.nanoTime();
		Random random = new Random(SEED);
		List<Probe> probes = new ArrayList<>(REQUESTS);
		for (int i = 0; i < REQUESTS; i++) {
			probes.add(probe(random, i));
		}
		Map<Integer, AtomicInteger> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
		ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> leaks = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int client = 0; client < 4; client++) {
				int c = client;
				running.add(clients.submit(() -> {
					for (int i = c; i < probes.size(); i += 4) {
						Probe probe = probes.get(i);
						String answer = exchange(probe);
						int status = status(answer);
						byStatus.computeIfAbsent(status, (s) -> new AtomicInteger()).incrementAndGet();
						if (status >= 500 || status == 0) {
							serverErrors.add(probe.describe() + "\n  -> " + abbreviate(answer));
						}
						if (LEAK.matcher(answer).find()) {
							leaks.add(probe.describe() + "\n  -> " + abbreviate(answer));
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get(600, TimeUnit.SECONDS);
			}
		}
		finally {
			clients.shutdownNow();
		}
		Map<Integer, Integer> counts = new java.util.TreeMap<>();
		byStatus.forEach((status, count) -> counts.put(status, count.get()));
		return new Result(probes.size(), counts, List.copyOf(serverErrors), List.copyOf(leaks),
				(System.nanoTime() - start) / 1_000_000);
	}

	private static String abbreviate(String answer) {
		String flat = answer.replace("\r\n", " | ");
		return (flat.length() > 600) ? flat.substring(0, 600) + "..." : flat;
	}

	private static int status(String answer) {
		if (!answer.startsWith("HTTP/1.1 ") || answer.length() < 12) {
			return 0;
		}
		try {
			return Integer.parseInt(answer.substring(9, 12));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** One raw request. */
	record Probe(String method, String target, Map<String, String> headers, byte[] body) {

		String describe() {
			String shown = new String(this.body, 0, Math.min(this.body.length, 200), StandardCharsets.UTF_8);
			return this.method + " " + this.target + " " + this.headers.keySet() + " ct="
					+ this.headers.get("Content-Type") + " body(" + this.body.length + ")=" + shown;
		}

	}

	private String exchange(Probe probe) {
		try (Socket socket = new Socket("localhost", this.port)) {
			// Longer than the service's own bound on a write's wait in its queue
			// (emulator.writes.max-queue-wait, 60 s), after which it answers 503: a
			// request queued behind slow writes on a loaded machine gets its answer.
			socket.setSoTimeout(90_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(probe.method + " " + probe.target + " HTTP/1.1\r\n");
			head.append("Host: localhost\r\nConnection: close\r\n");
			probe.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (!probe.headers.containsKey("Transfer-Encoding")) {
				head.append("Content-Length: ").append(probe.body.length).append("\r\n");
			}
			head.append("\r\n");
			// An endpoint may answer (a 413, a 401) before it has read a large body and
			// close the
			// connection: the rest of the body then cannot be written, but the answer can
			// be read,
			// as any HTTP client does.
			IOException writeFailure = null;
			try {
				out.write(head.toString().getBytes(StandardCharsets.UTF_8));
				if (probe.headers.containsKey("Transfer-Encoding")) {
					out.write((Integer.toHexString(probe.body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(probe.body);
					out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				else {
					out.write(probe.body);
				}
				out.flush();
			}
			catch (IOException ex) {
				writeFailure = ex;
			}
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[16384];
			int read;
			IOException readFailure = null;
			try {
				while ((read = in.read(buffer)) != -1 && answer.size() < 4_000_000) {
					answer.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// A reset after the answer: keep what was read.
				readFailure = ex;
			}
			if (answer.size() == 0) {
				return "NO ANSWER: "
						+ ((writeFailure != null) ? "writing the request failed: " + writeFailure + "; " : "")
						+ ((readFailure != null) ? "reading failed: " + readFailure : "the connection closed");
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "NO ANSWER: " + ex;
		}
	}

	// --- the generator ---

	private enum Api {

		CONTROL, TELLODY, GETRESPONSE, ROCKETCHAT, PUSHWOOSH, OTHER

	}

	private Probe probe(Random random, int index) {
		Api api = Api.values()[index % Api.values().length];
		Map<String, String> headers = new LinkedHashMap<>();
		String method;
		String target;
		byte[] body;
		String ws = "/_emulator/v1/workspaces/" + this.workspace;
		switch (api) {
			case CONTROL -> {
				headers.put("Authorization", "Bearer " + dev.statsemulator.support.PostgresIntegrationTest.ADMIN_TOKEN);
				int kind = random.nextInt(9);
				switch (kind) {
					case 0 -> {
						method = pick(random, "PUT", "PUT", "GET", "DELETE", "PATCH");
						// Deletes hit a workspace of their own, never the corpus's.
						target = method.equals("DELETE") ? ws + "-gone" + random.nextInt(3) : ws;
						body = json(random, "workspace");
					}
					case 1 -> {
						method = "POST";
						target = ws + "/events";
						body = json(random, "events");
					}
					case 2 -> {
						method = pick(random, "POST", "POST", "GET");
						target = ws + "/messages";
						body = json(random, "messages");
					}
					case 3 -> {
						method = "GET";
						target = ws + "/messages/" + pathSegment(random);
						body = new byte[0];
					}
					case 4 -> {
						method = "GET";
						target = ws + "/stats?" + statsQuery(random);
						body = new byte[0];
					}
					case 5 -> {
						method = "POST";
						target = ws + "/generate";
						body = json(random, "generate");
					}
					case 6 -> {
						method = pick(random, "PUT", "PUT", "GET", "DELETE", "POST");
						target = "/_emulator/v1/clock";
						body = json(random, "clock");
					}
					case 7 -> {
						method = pick(random, "GET", "PUT", "POST");
						target = "/_emulator/v1/workspaces/" + pathSegment(random)
								+ pick(random, "", "/stats?type=sent", "/events", "/messages");
						body = json(random, "events");
					}
					default -> {
						method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
						target = "/_emulator/v1/" + pick(random, "", "nothing", "workspaces/" + this.workspace + "/x",
								"workspaces?%zz", "clock/%", "workspaces/%2e%2e");
						body = json(random, "any");
					}
				}
			}
			case TELLODY -> {
				if (random.nextInt(6) != 0) {
					headers.putAll(this.tellody);
				}
				int kind = random.nextInt(5);
				method = "POST";
				switch (kind) {
					case 0 -> {
						target = "/CampaignCloud/login";
						headers.put("X-XSRF-TOKEN", this.tellody.get("X-XSRF-TOKEN"));
						body = form(random);
					}
					case 1 -> {
						target = "/CampaignCloud/Report/ContactChart";
						body = json(random, "tellody");
					}
					case 2 -> {
						target = "/CampaignCloud/Report/UniqueCode";
						body = json(random, "tellody");
					}
					case 3 -> {
						method = pick(random, "GET", "POST", "GET");
						target = pick(random, "/CampaignCloud/UserInfo", "/CampaignCloud/RememberMeController/ping",
								"/CampaignCloud/UserInfo?x=%zz");
						body = json(random, "any");
					}
					default -> {
						method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH");
						target = "/CampaignCloud/" + pick(random, "Report/Nothing", "Report/ContactChart?%zz",
								"Report/UniqueCode;jsessionid=x", "logout", "%e2%82");
						body = json(random, "tellody");
					}
				}
			}
			case GETRESPONSE -> {
				method = pick(random, "POST", "POST", "POST", "POST", "GET", "PUT");
				target = pick(random, "/", "/", "/", "/?%zz", "/?x=1");
				body = json(random, "jsonrpc");
			}
			case ROCKETCHAT -> {
				int kind = random.nextInt(3);
				if (kind == 0) {
					method = "POST";
					target = "/api/v1/login";
					body = random.nextBoolean() ? json(random, "rclogin") : form(random);
				}
				else {
					if (random.nextInt(5) != 0) {
						headers.put("X-User-Id", "u-" + this.workspace);
						headers.put("X-Auth-Token", "t-" + this.workspace);
					}
					method = pick(random, "GET", "GET", "GET", "POST");
					target = "/api/v1/"
							+ pick(random, "engagement-dashboard/messages/messages-sent",
									"engagement-dashboard/messages/origin",
									"engagement-dashboard/messages/top-five-popular-channels", "nothing", "me")
							+ "?" + rocketChatQuery(random);
					body = json(random, "any");
				}
			}
			case PUSHWOOSH -> {
				if (random.nextInt(6) != 0) {
					headers.put("Authorization", pick(random, "Api ", "Token ", "Key ") + "pw-" + this.workspace);
				}
				method = pick(random, "POST", "POST", "POST", "POST", "GET", "PUT");
				target = pick(random, "/api/v2/messages:list", "/api/v2/statistics/messages/totalsByIntervals",
						"/api/v2/statistics/getMessageLog", "/api/v2/statistics/emails/linksInteractions",
						"/api/v2/statistics/emails/linksInteractionsDevices", "/api/v2/statistics/emails/bouncedEmails",
						"/api/v2/nothing", "/api/v2/messages:list?%zz");
				body = json(random, "pushwoosh");
			}
			default -> {
				method = pick(random, "GET", "GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "FOO");
				target = pick(random, "/actuator/health", "/actuator/health", "/actuator", "/actuator/env", "/error",
						"/nothing", "/%zz", "/favicon.ico", "/actuator/health?%zz", "/index.html");
				body = json(random, "any");
			}
		}
		decorate(random, headers, api);
		if (random.nextInt(40) == 0) {
			headers.put("Transfer-Encoding", "chunked");
		}
		return new Probe(method, target, headers, body);
	}

	/** Content type, Accept, encoding and charset variations. */
	private static void decorate(Random random, Map<String, String> headers, Api api) {
		String contentType = pick(random, "application/json", "application/json", "application/json",
				"application/json; charset=UTF-8", "multipart/form-data", "multipart/form-data; boundary=xyz",
				"application/x-www-form-urlencoded", "text/plain", "application/x-ndjson", "application/xml",
				"application/json; charset=bogus", "application/json; charset=UTF-16", "foo", "*/*", ";;", "",
				"application/octet-stream", "text/html; charset=ISO-8859-1", "application/problem+json");
		if (!contentType.isEmpty() && !(api == Api.TELLODY && headers.containsKey("X-XSRF-TOKEN")
				&& headers.containsKey("Cookie") && random.nextInt(3) == 0)) {
			headers.put("Content-Type", contentType);
		}
		if (random.nextInt(4) == 0) {
			headers.put("Accept", pick(random, "text/html", "application/xml", "image/png", "*/*", "garbage",
					"text/html,application/xhtml+xml", "application/json;q=0", ""));
		}
		if (random.nextInt(20) == 0) {
			headers.put("Content-Encoding", pick(random, "gzip", "deflate", "br", "identity", "x"));
		}
		if (random.nextInt(25) == 0) {
			headers.put("Origin", pick(random, "http://evil.example.com", "null", "http://localhost:1"));
		}
	}

	private static final String[] DATES = { "2024-05-01T10:00:00Z", "+999999999-12-31T23:59:59Z",
			"-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "10000-01-01T00:00:00Z",
			"2024-02-30T00:00:00Z", "2024-05-01", "1969-12-31T23:59:59Z", "2024-05-01T10:00:00+25:00", "now", "",
			"2024-05-01T10:00:00.000000001Z", "1970-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "\u0000", "Z",
			"2024-05-01T10:00:00", "9223372036854775807", "-1", "2024-W01", "2024-05-01T10:00:00.000Z" };

	private static final String[] NUMBERS = { "0", "-1", "1", "1e400", "-1e400", "9223372036854775808",
			"-9223372036854775809", "99999999999999999999999999", "1.5", "-0", "0.0000001", "2147483648", "1e3",
			"253402300800000", "8640000000000001", "-8640000000000001", "1E+2", "00", "0x10", "NaN", "Infinity",
			"1437426000000", "1437512399999", "3", "7", "1000", "1001", "100000", "5001" };

	private static final String[] STRINGS = { "", " ", "x", "\\u0000", "\\ud800", "\\udc00x", "😀", "\u202Eevil", "day",
			"week", "month", "year", "hour", "DAY", "opened", "sent", "clicked", "chat_message", "UTC", "Europe/Athens",
			"Mars/Olympus", "+99:00", "hourly", "daily", "monthly", "yearly", "EQUALS", "FROM", "%", "_",
			"'; DROP TABLE event; --", "../../etc/passwd", "${jndi:ldap://x}", "<script>", "m1", "AAAAA-BBBBB",
			"C3F8-C3863ED4-334AD4F1", "IOS", "Complaint", "Hardbounce", "MONDAY", "email", "ios", "c", "p", "d" };

	private static final String[] FIELDS = { "type", "at", "id", "message", "contact", "channel", "platform", "from",
			"to", "unit", "window", "dow", "days", "eventsPerDay", "seed", "domains", "now", "timezone", "tellody",
			"getresponse", "rocketchat", "pushwoosh", "users", "apiKeys", "tokens", "createdAt", "content", "subject",
			"name", "room", "bounce", "handled", "revenue", "jsonrpc", "method", "params", "filters", "application",
			"date_from", "date_to", "per_page", "page", "message_code", "platforms", "limit", "pagination_token",
			"hwid", "user", "password", "username", "request", "date_range", "campaign", "link_template", "auth",
			"actions", "status", "start", "end", "license", "permissions", "applications", "authToken", "userId",
			"sendAt", "campaignId", "" };

	private byte[] json(Random random, String kind) {
		// A generate request with a valid body (even an empty one: all defaults) would
		// generate a month of traffic: not bad input, only slow.
		int shape = kind.equals("generate") ? 18 + random.nextInt(12) : random.nextInt(30);
		String text = switch (shape) {
			case 0 -> "";
			case 1 -> "null";
			case 2 -> "{";
			case 3 -> "[";
			case 4 -> "{\"a\":1,\"a\":2}";
			case 5 -> "[".repeat(3000 + random.nextInt(3000)) + "]".repeat(random.nextInt(2) * 3000);
			case 6 -> "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);
			case 7 -> "\"" + "x".repeat(150_000) + "\"";
			case 8 -> "[" + "{\"type\":\"sent\",\"at\":\"2024-05-01T10:00:00Z\"},".repeat(2000) + "{}]";
			case 9 -> "{\"x\":1} {\"y\":2}";
			case 10 -> "// comment\n{\"a\":1}";
			case 11 -> "{'a':1}";
			case 12 -> "{\"a\":NaN}";
			case 13 -> "\u00ef\u00bb\u00bf{}";
			case 14 -> "{\"a\":\"\\ud800\"}";
			case 15 -> "[]";
			case 16 -> "{}";
			case 17 -> randomText(random);
			default -> structured(random, kind, 0);
		};
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(25) == 0 && bytes.length > 2) {
			// Invalid UTF-8 in the middle.
			bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x7f));
		}
		return bytes;
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(200);
		for (int i = 0; i < length; i++) {
			text.append((char) random.nextInt(0x3000));
		}
		return text.toString();
	}

	/** A plausible body of the endpoint with one or more fields broken. */
	private String structured(Random random, String kind, int depth) {
		return switch (kind) {
			case "events" -> "[" + event(random) + (random.nextBoolean() ? "," + event(random) : "") + "]";
			case "messages" -> "[{\"id\":" + value(random, depth) + ",\"createdAt\":" + value(random, depth)
					+ ",\"content\":" + (random.nextInt(8) == 0 ? bigContent(random) : value(random, depth)) + ",\""
					+ pick(random, FIELDS) + "\":" + value(random, depth) + "}]";
			case "generate" -> "{\"eventsPerDay\":"
					+ pick(random, "0", "-5", "\"x\"", "1e400", "2147483648", "1000001", "[]", "{}", "true")
					+ ",\"days\":" + value(random, depth) + ",\"from\":" + date(random) + ",\"to\":" + date(random)
					+ ",\"seed\":" + value(random, depth) + ",\"domains\":" + value(random, depth) + "}";
			case "clock" -> "{\"now\":" + (random.nextBoolean() ? date(random) : value(random, depth)) + "}";
			case "tellody" -> "{\"from\":" + (random.nextBoolean() ? pick(random, NUMBERS) : value(random, depth))
					+ ",\"to\":" + (random.nextBoolean() ? pick(random, NUMBERS) : value(random, depth)) + ",\"unit\":"
					+ value(random, depth) + (random.nextBoolean() ? ",\"window\":" + value(random, depth) : "")
					+ ",\"dow\":" + value(random, depth) + "}";
			case "jsonrpc" -> jsonRpc(random, depth);
			case "rclogin" -> "{\"user\":" + value(random, depth) + ",\"password\":" + value(random, depth) + "}";
			case "pushwoosh" -> pushwoosh(random, depth);
			case "workspace" -> "{\"timezone\":" + value(random, depth) + ",\""
					+ pick(random, "tellody", "getresponse", "rocketchat", "pushwoosh", "timeZone") + "\":"
					+ object(random, depth + 1) + "}";
			default -> object(random, depth);
		};
	}

	private String event(Random random) {
		StringBuilder event = new StringBuilder("{\"type\":" + (random.nextBoolean() ? "\"opened\"" : value(random, 1))
				+ ",\"at\":" + (random.nextBoolean() ? date(random) : pick(random, NUMBERS)));
		for (int i = random.nextInt(4); i > 0; i--) {
			event.append(",\"").append(pick(random, FIELDS)).append("\":").append(value(random, 1));
		}
		return event.append('}').toString();
	}

	private String jsonRpc(Random random, int depth) {
		int shape = random.nextInt(8);
		String call = "{\"jsonrpc\":"
				+ pick(random, "\"2.0\"", "\"1.0\"", "2", "null", "\"3\"") + ",\"method\":" + pick(random, "\"ping\"",
						"\"get_message_stats\"", "\"get_messages\"", "\"get_message\"", "\"x\"", "1", "null")
				+ ",\"params\":"
				+ pick(random, "[\"gr-" + this.workspace + "\"]",
						"[\"gr-" + this.workspace + "\"," + object(random, depth + 1) + "]",
						"[\"gr-" + this.workspace + "\",{\"message\":\"m1\",\"created_on\":{\"FROM\":" + date(random)
								+ "},\"grouping\":" + value(random, depth) + "}]",
						value(random, depth))
				+ ",\"id\":" + value(random, depth) + "}";
		return switch (shape) {
			case 0 -> "[" + (call + ",").repeat(random.nextInt(50)) + call + "]";
			case 1 -> "[" + (call + ",").repeat(1500 + random.nextInt(1000)) + call + "]";
			case 2 -> "[]";
			case 3 -> "[1,2,3]";
			default -> call;
		};
	}

	private String pushwoosh(Random random, int depth) {
		return "{\"filters\":{\"application\":" + pick(random, "\"AAAAA-BBBBB\"", "\"x\"", "null", "1")
				+ ",\"date_range\":" + "{\"date_from\":" + date(random) + ",\"date_to\":" + date(random) + "},\""
				+ pick(random, FIELDS) + "\":" + value(random, depth) + "},\"message_code\":" + value(random, depth)
				+ ",\"date_from\":" + pick(random, "\"2024-05-01 00:00:00\"", date(random)) + ",\"date_to\":"
				+ date(random) + ",\"per_page\":" + pick(random, NUMBERS) + ",\"page\":" + pick(random, NUMBERS)
				+ ",\"limit\":" + pick(random, NUMBERS) + ",\"pagination_token\":" + value(random, depth)
				+ ",\"platforms\":" + value(random, depth) + ",\"" + pick(random, FIELDS) + "\":" + value(random, depth)
				+ "}";
	}

	private String bigContent(Random random) {
		return "{\"html\":\"" + "<p>x</p>".repeat(13_000 + random.nextInt(2000)) + "\"}";
	}

	private String date(Random random) {
		return "\"" + pick(random, DATES) + "\"";
	}

	private String value(Random random, int depth) {
		int kind = random.nextInt((depth > 3) ? 4 : 7);
		return switch (kind) {
			case 0 -> pick(random, NUMBERS);
			case 1 -> "\"" + pick(random, STRINGS) + "\"";
			case 2 -> pick(random, "null", "true", "false");
			case 3 -> date(random);
			case 4 -> object(random, depth + 1);
			case 5 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
			default -> "\"" + pick(random, STRINGS).repeat(1 + random.nextInt(3)) + "\"";
		};
	}

	private String object(Random random, int depth) {
		StringBuilder object = new StringBuilder("{");
		int fields = random.nextInt(4);
		for (int i = 0; i < fields; i++) {
			if (i > 0) {
				object.append(',');
			}
			object.append('"').append(pick(random, FIELDS)).append("\":").append(value(random, depth));
		}
		return object.append('}').toString();
	}

	private static byte[] form(Random random) {
		String form = pick(random, "username=a&password=b", "username=%zz&password=x", "username=&password=",
				"user=a&password=%", "username=" + "a".repeat(5000) + "&password=b", "&&&==&", "remember-me=maybe",
				"username=a&username=b&password=c", "%FF%FE=1", "a=%e2%82", "username=\u0000&password=x");
		return form.getBytes(StandardCharsets.UTF_8);
	}

	private static String statsQuery(Random random) {
		StringBuilder query = new StringBuilder("type=" + pick(random, "opened", "sent", "x", "", "OPENED", "%zz"));
		for (int i = random.nextInt(5); i > 0; i--) {
			query.append('&')
				.append(pick(random, "from", "to", "unit", "timezone", "firstDayOfWeek", "channel", "platform",
						"message", "unique", "a"))
				.append('=')
				.append(pick(random, "2024-05-01", "%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
						"0001-01-01", "9999-12-31", "10000-01-01", "2024-05-01T00:00:00Z", "hour", "day", "week",
						"minute", "Mars%2FOlympus", "UTC", "SUNDAY", "FUNDAY", "email", "sms,push", "ios", "true",
						"maybe", "%zz", "%", "%E2%82", "1e400", "1970-01-01", "1969-12-31", "", "%00"));
		}
		return query.toString();
	}

	private static String rocketChatQuery(Random random) {
		return "start="
				+ pick(random, "2024-05-01T00:00:00.000Z", "2024-05-01", "+275760-09-13T00:00:00.000Z",
						"-271821-04-20T00:00:00.000Z", "%zz", "", "0001-01-01T00:00:00.000Z",
						"9999-12-31T23:59:59.999Z", "2024-02-30T00:00:00.000Z")
				+ "&end="
				+ pick(random, "2024-05-31T00:00:00.000Z", "%", "+999999-01-01T00:00:00.000Z",
						"1970-01-01T00:00:00.000Z", "2024-05-31T00:00:00Z", "null")
				+ pick(random, "", "&start=x", "&start[]=a", "&count=1e400");
	}

	private static String pathSegment(Random random) {
		return pick(random, "x", "%zz", "%2F", "..", "%00", "a".repeat(300), "%E2%82%AC", "m1", "UPPER", "a%20b");
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

}
