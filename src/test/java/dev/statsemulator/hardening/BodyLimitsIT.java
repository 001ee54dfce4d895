package dev.statsemulator.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB body, chunked (no Content-Length, so no up-front check can refuse it), sent to
 * every endpoint that reads a body: each answers its 413 (GetResponse: its JSON-RPC
 * error) after reading about its limit, and the server's threads allocate no more than a
 * small multiple of that limit while handling it, not the 200 MB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyLimitsIT extends PostgresIntegrationTest {

	private static final long BODY = 200L << 20;

	private static final long MIB = 1 << 20;

	private final Map<String, String> tellodyHeaders = new LinkedHashMap<>();

	private String workspace;

	@BeforeAll
	void workspaceAndTellodySession() {
		this.workspace = newWorkspaceId("limits");
		Response put = admin().putJson("/_emulator/v1/workspaces/" + this.workspace,
				"{\"tellody\":{\"users\":[{\"username\":\"" + this.workspace + "\",\"password\":\"pw\"}]},"
						+ "\"pushwoosh\":{\"tokens\":[{\"token\":\"" + this.workspace
						+ "\",\"applications\":[\"AAAAA-BBBBB\"]}]}}");
		assertThat(put.status()).as(put.toString()).isEqualTo(201);
		Http browser = http();
		Response first = browser.get("/CampaignCloud/RememberMeController/ping");
		String token = first.header("X-XSRF-TOKEN");
		Response login = browser.withHeader("X-XSRF-TOKEN", token)
			.post("/CampaignCloud/login", "application/x-www-form-urlencoded",
					"username=" + this.workspace + "&password=pw");
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		Response ping = browser.get("/CampaignCloud/RememberMeController/ping");
		String cookie = login.raw()
			.headers()
			.firstValue("Set-Cookie")
			.or(() -> first.raw().headers().firstValue("Set-Cookie"))
			.orElseThrow()
			.split(";")[0];
		this.tellodyHeaders.put("Cookie", cookie);
		this.tellodyHeaders.put("X-XSRF-TOKEN", ping.header("X-XSRF-TOKEN"));
	}

	@Test
	void a200MegabyteBodyCostsNoMoreThanTheEndpointsLimit() throws Exception {
		String ws = "/_emulator/v1/workspaces/" + this.workspace;
		Map<String, String> admin = Map.of("Authorization", "Bearer " + ADMIN_TOKEN);
		Map<String, String> pushwoosh = Map.of("Authorization", "Api " + this.workspace);
		List<Target> targets = List.of(new Target("PUT", ws, admin, 4 * MIB, 413),
				// Ingest parses as it reads, and would refuse a body that is not an array
				// at its first byte: an array opened and then only blanks, which the
				// parser reads on to the limit.
				new Target("POST", ws + "/events", admin, 64 * MIB, 413, "[", (byte) ' '),
				new Target("POST", ws + "/messages", admin, 4 * MIB, 413),
				new Target("POST", ws + "/generate", admin, 4 * MIB, 413),
				new Target("PUT", "/_emulator/v1/clock", admin, 4 * MIB, 413),
				// Tomcat stops reading the form at its 2 MB limit; the login then finds
				// no fields (400).
				new Target("POST", "/CampaignCloud/login", this.tellodyHeaders, 2 * MIB, 400),
				new Target("POST", "/CampaignCloud/Report/ContactChart", this.tellodyHeaders, MIB, 413),
				new Target("POST", "/CampaignCloud/Report/UniqueCode", this.tellodyHeaders, MIB, 413),
				new Target("POST", "/", Map.of(), MIB, 200), new Target("POST", "/api/v1/login", Map.of(), MIB, 413),
				new Target("POST", "/api/v2/messages:list", pushwoosh, 4 * MIB, 413),
				new Target("POST", "/api/v2/statistics/messages/totalsByIntervals", pushwoosh, 4 * MIB, 413),
				new Target("POST", "/api/v2/statistics/getMessageLog", pushwoosh, 4 * MIB, 413),
				new Target("POST", "/api/v2/statistics/emails/linksInteractions", pushwoosh, 4 * MIB, 413),
				new Target("POST", "/api/v2/statistics/emails/linksInteractionsDevices", pushwoosh, 4 * MIB, 413),
				new Target("POST", "/api/v2/statistics/emails/bouncedEmails", pushwoosh, 4 * MIB, 413));
		StringBuilder figures = new StringBuilder();
		for (Target target : targets) {
			long before = serverAllocatedBytes();
			String answer = sendChunked(target, BODY);
			long allocated = serverAllocatedBytes() - before;
			figures.append(String.format("%-6s %-50s limit %4d MiB  server allocated %6.1f MiB  -> %s%n", target.method,
					target.path, target.limit / MIB, allocated / (double) MIB, answer.lines().findFirst().orElse("")));
			assertThat(answer).as(target.path).startsWith("HTTP/1.1 " + target.status);
			if (target.status == 200) {
				assertThat(answer).as(target.path).contains("larger than the limit");
			}
			assertThat(allocated).as(target.path + " allocated bytes").isLessThan(3 * target.limit + 16 * MIB);
		}
		System.out.println("200 MB chunked bodies:\n" + figures);
	}

	@Test
	void aDeclaredContentLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("PUT /_emulator/v1/clock HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN_TOKEN
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + BODY + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			// Nothing of the body is sent: the answer comes anyway.
			String answer = readAnswer(socket);
			assertThat(answer).startsWith("HTTP/1.1 413")
				.contains("application/problem+json")
				.contains("\"status\":413");
		}
	}

	private String sendChunked(Target target, long size) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(target.method + " " + target.path
					+ " HTTP/1.1\r\nHost: localhost\r\n" + "Transfer-Encoding: chunked\r\nConnection: close\r\n");
			head.append(target.path.equals("/CampaignCloud/login")
					? "Content-Type: application/x-www-form-urlencoded\r\n" : "Content-Type: application/json\r\n");
			target.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, target.fill);
			byte[] start = target.start.getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(start, 0, chunk, 0, start.length);
			byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			try {
				for (long sent = 0; sent < size; sent += chunk.length) {
					out.write(chunkHead);
					out.write(chunk);
					out.write('\r');
					out.write('\n');
					if (sent == 0) {
						Arrays.fill(chunk, 0, start.length, target.fill);
					}
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// The server may stop reading once it has answered; the answer is read
				// below.
			}
			return readAnswer(socket);
		}
	}

	private static String readAnswer(Socket socket) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder answer = new StringBuilder();
		char[] buffer = new char[8192];
		int read;
		try {
			while (answer.length() < 65536 && (read = in.read(buffer)) != -1) {
				answer.append(buffer, 0, read);
				if (answer.indexOf("\r\n\r\n") > 0 && answer.indexOf("}") > 0) {
					break;
				}
			}
		}
		catch (IOException ex) {
			// A reset after the answer: what was read is the answer.
		}
		return answer.toString();
	}

	/** Bytes allocated so far by every live thread but this one (the client). */
	private static long serverAllocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long self = Thread.currentThread().getId();
		long[] ids = Arrays.stream(threads.getAllThreadIds()).filter((id) -> id != self).toArray();
		return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter((bytes) -> bytes > 0).sum();
	}

	/**
	 * @param start the body's first bytes; the rest is {@code fill} up to the size
	 */
	private record Target(String method, String path, Map<String, String> headers, long limit, int status, String start,
			byte fill) {

		/** One long JSON string: a parser that read it all would hold all of it. */
		Target(String method, String path, Map<String, String> headers, long limit, int status) {
			this(method, path, headers, limit, status, "{\"x\":\"", (byte) 'a');
		}

	}

}
