package dev.statsemulator.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The client the latencies are timed with: one blocking HTTP/1.1 keep-alive connection,
 * request written in one go, answer read to its last byte. The JDK's
 * {@link java.net.http.HttpClient} hands every exchange between threads, which costs
 * about 2 ms a request on a busy 2-core machine, more than most of the queries; this
 * client measures the service instead. It sends what the {@link ServiceClient} would: the
 * same request, with the cookies that client holds.
 */
final class PlainHttp implements AutoCloseable {

	private final ServiceClient cookies;

	private final String cookie;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	PlainHttp(ServiceClient cookies) {
		this.cookies = cookies;
		this.cookie = null;
	}

	/** A client that sends this Cookie header (or none, when null) with every request. */
	PlainHttp(String cookie) {
		this.cookies = null;
		this.cookie = cookie;
	}

	/** An answer: its status, content type and body. */
	record Answer(int status, String contentType, byte[] body) {
	}

	/** Sends the request and reads the whole answer; anything but a 2xx fails. */
	byte[] send(HttpRequest request) {
		return exchange(request).body();
	}

	/**
	 * Sends the request and reads the whole answer, with its content type; anything but a
	 * 2xx fails.
	 */
	Answer exchange(HttpRequest request) {
		byte[] body = body(request);
		URI uri = request.uri();
		StringBuilder head = new StringBuilder(256);
		head.append(request.method())
			.append(' ')
			.append(uri.getRawPath())
			.append((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
			.append(" HTTP/1.1\r\nHost: ")
			.append(uri.getHost())
			.append(':')
			.append(uri.getPort())
			.append("\r\n");
		request.headers().map().forEach((name, values) -> values.forEach((value) -> header(head, name, value)));
		String cookie = (this.cookies != null) ? this.cookies.cookieHeader(uri) : this.cookie;
		if (cookie != null) {
			header(head, "Cookie", cookie);
		}
		if (body.length > 0 || !request.method().equals("GET")) {
			header(head, "Content-Length", Integer.toString(body.length));
		}
		head.append("\r\n");
		try {
			connect(uri);
			this.out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			this.out.write(body);
			this.out.flush();
			return read(request);
		}
		catch (IOException ex) {
			close();
			throw new IllegalStateException(request.method() + " " + uri + " failed: " + ex, ex);
		}
	}

	private static void header(StringBuilder head, String name, String value) {
		head.append(name).append(": ").append(value).append("\r\n");
	}

	private void connect(URI uri) throws IOException {
		if (this.socket != null) {
			return;
		}
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
		this.socket.setSoTimeout(300_000);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.out = this.socket.getOutputStream();
	}

	private Answer read(HttpRequest request) throws IOException {
		String status = line();
		int code = Integer.parseInt(status.split(" ")[1]);
		String contentType = null;
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> close = value.equalsIgnoreCase("close");
				case "content-type" -> contentType = value;
				default -> {
				}
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(chunkSize(line()), 16); size > 0; size = Integer
				.parseInt(chunkSize(line()), 16)) {
				body.write(this.in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length >= 0) {
			body.write(this.in.readNBytes((int) length));
		}
		if (close) {
			close();
		}
		if (code / 100 != 2) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + code + ": "
					+ new String(body.toByteArray(), 0, Math.min(500, body.size()), StandardCharsets.UTF_8));
		}
		return new Answer(code, contentType, body.toByteArray());
	}

	private static String chunkSize(String line) {
		int extension = line.indexOf(';');
		return ((extension >= 0) ? line.substring(0, extension) : line).trim();
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = this.in.read(); c != '\n'; c = this.in.read()) {
			if (c < 0) {
				throw new IOException("connection closed mid-answer");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	/** The bytes a request's body publisher publishes. */
	static byte[] body(HttpRequest request) {
		if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
			return new byte[0];
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompletableFuture<byte[]> done = new CompletableFuture<>();
		request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				bytes.writeBytes(chunk);
			}

			@Override
			public void onError(Throwable error) {
				done.completeExceptionally(error);
			}

			@Override
			public void onComplete() {
				done.complete(bytes.toByteArray());
			}

		});
		return done.join();
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

}
