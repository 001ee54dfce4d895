package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A client of the service as a user's program is one: one HTTP/1.1 client with keep-alive
 * and a cookie jar, raw bodies in and out, every answer read to its end and checked for
 * its status.
 */
final class ServiceClient {

	private final String baseUrl;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	ServiceClient(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	String baseUrl() {
		return this.baseUrl;
	}

	/** A request to send; header pairs are name, value, name, value, ... */
	HttpRequest request(String method, String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofMinutes(5))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.build();
	}

	HttpResponse<byte[]> send(String method, String path, String contentType, String body, String... headers) {
		return send(request(method, path, contentType, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null,
				headers));
	}

	/** Sends and reads the whole answer; anything but a 2xx fails the benchmark. */
	HttpResponse<byte[]> send(HttpRequest request) {
		return send(request, false);
	}

	/**
	 * Sends and reads the whole answer; anything but a 2xx (or, with {@code busyToo}, a
	 * 503) fails the benchmark.
	 */
	HttpResponse<byte[]> send(HttpRequest request, boolean busyToo) {
		try {
			HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2 && !(busyToo && response.statusCode() == 503)) {
				throw new IllegalStateException(
						request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
								+ abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends and hands the answer's body over as a stream, for answers too big to hold.
	 */
	HttpResponse<InputStream> stream(HttpRequest request) {
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				try (InputStream body = response.body()) {
					throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
							+ abbreviate(new String(body.readNBytes(2000), StandardCharsets.UTF_8)));
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The Cookie header this client would send to {@code uri}, or null. */
	String cookieHeader(URI uri) {
		try {
			List<String> values = this.cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
			return values.isEmpty() ? null : String.join("; ", values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 500) + "..." : text;
	}

}
