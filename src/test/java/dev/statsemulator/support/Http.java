package dev.statsemulator.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests, as a user's script would call the emulator: raw bodies in
 * and out, headers as sent, cookies kept per instance.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final String base;

	private final HttpClient client;

	private final Map<String, String> headers;

	public Http(String base) {
		this(base,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.connectTimeout(Duration.ofSeconds(5))
					.build(),
				Map.of());
	}

	private Http(String base, HttpClient client, Map<String, String> headers) {
		this.base = base;
		this.client = client;
		this.headers = headers;
	}

	public Http withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new Http(this.base, this.client, more);
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	public Response post(String path, String contentType, String body) {
		return send("POST", path, contentType, body);
	}

	public Response postJson(String path, String json) {
		return send("POST", path, "application/json", json);
	}

	public Response putJson(String path, String json) {
		return send("PUT", path, "application/json", json);
	}

	public Response send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		this.headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " interrupted", ex);
		}
	}

	/** A response: status, headers, raw body, and the body as JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public String body() {
			return this.raw.body();
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

		@Override
		public String toString() {
			return this.raw.statusCode() + " " + this.raw.body();
		}

	}

}
