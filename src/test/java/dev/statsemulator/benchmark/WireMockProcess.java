package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The static-mock baseline: WireMock standalone in a JVM of its own, request journal and
 * request logging off, answering each benchmark request with the exact bytes and content
 * type the emulator answered it with. What a request costs on WireMock is what serving a
 * canned answer costs on this machine (HTTP, matching one stub among a few, writing the
 * bytes); the emulator's figure over it is what computing the answer adds.
 */
final class WireMockProcess implements AutoCloseable {

	/** Headers that are not part of a stub's match (framing, cookies, the host). */
	private static final Set<String> UNMATCHED = Set.of("content-length", "host", "cookie", "connection");

	private final Process process;

	private final String baseUrl;

	private final Path root;

	private final double startSeconds;

	private final double rssAfterStartMib;

	private final ServiceClient admin;

	private WireMockProcess(Process process, String baseUrl, Path root, double startSeconds, double rss) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.root = root;
		this.startSeconds = startSeconds;
		this.rssAfterStartMib = rss;
		this.admin = new ServiceClient(baseUrl);
	}

	/**
	 * Starts WireMock standalone on {@code port} with an empty root directory and waits
	 * for its first 200 ({@code /__admin/health}).
	 */
	static WireMockProcess start(BenchmarkOptions options, Path jar, int port, Path root, Path log, String heap) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(), "--port", Integer.toString(port),
						"--bind-address", "127.0.0.1", "--root-dir", root.toAbsolutePath().toString(),
						"--no-request-journal", "--disable-request-logging", "--disable-banner", "--disable-gzip"));
		try {
			Files.createDirectories(root.resolve("mappings"));
			Files.createDirectories(root.resolve("__files"));
			Files.createDirectories(log.getParent());
			long launched = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			String baseUrl = "http://127.0.0.1:" + port;
			long ok = ServiceProcess.awaitOk(process, baseUrl + "/__admin/health", "healthy", options.startTimeout(),
					log);
			return new WireMockProcess(process, baseUrl, root, (ok - launched) / 1e9,
					ServiceProcess.rssMib(process.pid()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start WireMock from " + jar, ex);
		}
	}

	String baseUrl() {
		return this.baseUrl;
	}

	long pid() {
		return this.process.pid();
	}

	double startSeconds() {
		return this.startSeconds;
	}

	double rssAfterStartMib() {
		return this.rssAfterStartMib;
	}

	double rssMib() {
		return ServiceProcess.rssMib(pid());
	}

	/** Removes every stub. */
	void reset() {
		this.admin.send("DELETE", "/__admin/mappings", null, null);
	}

	/**
	 * A stub that answers {@code request} (method, path and query, body and every header
	 * it carries but framing and cookies) with the emulator's answer; with
	 * {@code anyQuery}, any query string on the same path (a request that varies).
	 */
	void stub(HttpRequest request, PlainHttp.Answer answer, boolean anyQuery) {
		ObjectNode mapping = requestMatch(request, anyQuery);
		ObjectNode response = mapping.putObject("response");
		response.put("status", answer.status());
		response.put("base64Body", Base64.getEncoder().encodeToString(answer.body()));
		if (answer.contentType() != null) {
			response.putObject("headers").put("Content-Type", answer.contentType());
		}
		post(mapping);
	}

	/**
	 * A stub whose body is a file under WireMock's {@code __files}: for an answer too
	 * large to send through the admin API. The file is read on every request, as WireMock
	 * serves body files.
	 * @return the file to write the body to
	 */
	Path stubFile(HttpRequest request, String contentType, String fileName) {
		ObjectNode mapping = requestMatch(request, false);
		ObjectNode response = mapping.putObject("response");
		response.put("status", 200);
		response.put("bodyFileName", fileName);
		response.putObject("headers").put("Content-Type", contentType);
		post(mapping);
		return this.root.resolve("__files").resolve(fileName);
	}

	private static ObjectNode requestMatch(HttpRequest request, boolean anyQuery) {
		ObjectNode mapping = JsonMapper.shared().createObjectNode();
		ObjectNode match = mapping.putObject("request");
		match.put("method", request.method());
		URI uri = request.uri();
		if (anyQuery) {
			match.put("urlPath", uri.getRawPath());
		}
		else {
			match.put("url", uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
		}
		ObjectNode headers = match.putObject("headers");
		request.headers().map().forEach((name, values) -> {
			if (!UNMATCHED.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
				headers.putObject(name).put("equalTo", values.get(0));
			}
		});
		byte[] body = PlainHttp.body(request);
		if (body.length > 0) {
			match.putArray("bodyPatterns").addObject().put("equalTo", new String(body, StandardCharsets.UTF_8));
		}
		return mapping;
	}

	private void post(ObjectNode mapping) {
		this.admin.send("POST", "/__admin/mappings", "application/json",
				JsonMapper.shared().writeValueAsString(mapping));
	}

	@Override
	public void close() {
		ServiceProcess.stop(this.process);
	}

}
