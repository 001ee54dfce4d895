package dev.statsemulator.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A saturating, closed-loop load: {@code connections} keep-alive connections, each
 * sending its next request as soon as it has read the answer, for a fixed time. Driven by
 * {@code wrk} (C, epoll; a Lua script sets the method, body, headers and, for a varying
 * request, the path of each request) when it is installed, else by Java threads, one per
 * connection, each with a {@link PlainHttp} socket. wrk costs the machine far less CPU
 * per request than Java threads do, and the machine's 2 cores are shared with the server
 * under test: which one ran is printed with the figures.
 */
final class LoadGenerator {

	private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * A request of the load matrix. When {@code varyingEnd} is set, the n-th request has
	 * the query parameter {@code end} moved back by n milliseconds from that instant: no
	 * two requests alike (an answer cache misses every time), the same work for the
	 * server.
	 *
	 * @param name what is asked
	 * @param request the request (its URI names the emulator; sent to any base URL)
	 * @param cookie the Cookie header to send with it (a Tellody session), or null
	 * @param varyingEnd the {@code end} of the first request, or null when every request
	 * is the same
	 */
	record Target(String name, HttpRequest request, String cookie, Instant varyingEnd) {

		/** The n-th request, to {@code baseUrl}. */
		HttpRequest nth(long n, String baseUrl) {
			return retarget(this.request, baseUrl, (this.varyingEnd != null) ? pathAndQuery(n) : null);
		}

		String pathAndQuery(long n) {
			URI uri = this.request.uri();
			String query = uri.getRawQuery();
			if (this.varyingEnd == null) {
				return uri.getRawPath() + ((query != null) ? "?" + query : "");
			}
			String end = ISO_MILLIS.format(this.varyingEnd.minusMillis(n));
			return uri.getRawPath() + "?" + query.replaceAll("(^|&)end=[^&]*", "$1end=" + end);
		}

	}

	/**
	 * What a load achieved.
	 *
	 * @param rate answers per second
	 * @param medianMs median latency
	 * @param p99Ms 99th percentile latency
	 * @param requests answers read
	 * @param errors failed requests (non-2xx, connection errors, timeouts)
	 */
	record Result(double rate, double medianMs, double p99Ms, long requests, long errors) {
	}

	private final boolean wrk;

	private final Path workDirectory;

	private LoadGenerator(boolean wrk, Path workDirectory) {
		this.wrk = wrk;
		this.workDirectory = workDirectory;
	}

	/** wrk when asked for or, with "auto", when it is on the PATH; else Java. */
	static LoadGenerator choose(String kind, Path workDirectory) {
		boolean wrk = switch (kind) {
			case "wrk" -> true;
			case "java" -> false;
			default -> wrkInstalled();
		};
		return new LoadGenerator(wrk, workDirectory);
	}

	String description() {
		return this.wrk ? "wrk (" + wrkVersion() + "), " + wrkThreads(32) + " threads at most"
				: "Java, one thread and one PlainHttp connection per connection";
	}

	Result run(String baseUrl, Target target, int connections, Duration duration) {
		return this.wrk ? runWrk(baseUrl, target, connections, duration)
				: runJava(baseUrl, target, connections, duration);
	}

	private static boolean wrkInstalled() {
		String path = System.getenv("PATH");
		return path != null
				&& Arrays.stream(path.split(":")).anyMatch((dir) -> Files.isExecutable(Path.of(dir, "wrk")));
	}

	private static String wrkVersion() {
		try {
			Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(5, TimeUnit.SECONDS);
			return out.lines().findFirst().orElse("wrk").replaceAll("\\s*Copyright.*", "").trim();
		}
		catch (IOException ex) {
			return "wrk";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "wrk";
		}
	}

	/** wrk's threads: no more than the connections, and no more than the cores. */
	private static int wrkThreads(int connections) {
		return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
	}

	private Result runWrk(String baseUrl, Target target, int connections, Duration duration) {
		try {
			Files.createDirectories(this.workDirectory);
			Path script = Files.createTempFile(this.workDirectory, "load-", ".lua");
			Files.writeString(script, luaScript(target), StandardCharsets.UTF_8);
			List<String> command = List.of("wrk", "-t", Integer.toString(wrkThreads(connections)), "-c",
					Integer.toString(connections), "-d", duration.toSeconds() + "s", "--timeout", "60s", "-s",
					script.toString(), baseUrl);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int exit = process.waitFor();
			Files.deleteIfExists(script);
			String line = out.lines()
				.filter((l) -> l.startsWith("WRKRESULT "))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("wrk (exit " + exit + ") printed no result: " + out));
			String[] f = line.split(" ");
			long requests = Long.parseLong(f[1]);
			double seconds = Long.parseLong(f[2]) / 1e6;
			long errors = 0;
			for (int i = 3; i <= 7; i++) {
				errors += Long.parseLong(f[i]);
			}
			return new Result(requests / seconds, Double.parseDouble(f[8]) / 1000, Double.parseDouble(f[9]) / 1000,
					requests, errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("wrk failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The Lua script of one wrk run: the request (a fixed one is built once by wrk), and
	 * a {@code done} that prints requests, duration, the five kinds of errors and the
	 * latency's median and 99th percentile (microseconds) on one line.
	 */
	static String luaScript(Target target) {
		HttpRequest request = target.request();
		StringBuilder lua = new StringBuilder();
		lua.append("wrk.method = ").append(lua(request.method())).append('\n');
		byte[] body = PlainHttp.body(request);
		if (body.length > 0) {
			lua.append("wrk.body = ").append(lua(new String(body, StandardCharsets.UTF_8))).append('\n');
		}
		request.headers()
			.map()
			.forEach((name,
					values) -> values.forEach((value) -> lua.append("wrk.headers[")
						.append(lua(name))
						.append("] = ")
						.append(lua(value))
						.append('\n')));
		if (target.cookie() != null) {
			lua.append("wrk.headers[\"Cookie\"] = ").append(lua(target.cookie())).append('\n');
		}
		if (target.varyingEnd() == null) {
			lua.append("wrk.path = ").append(lua(target.pathAndQuery(0))).append('\n');
		}
		else {
			// The n-th request of a thread: end moved back by n ms (threads 10^8 ms
			// apart).
			String marker = "\u0000END\u0000";
			String template = target.pathAndQuery(0).replaceAll("(^|[?&])end=[^&]*", "$1end=" + marker);
			int at = template.indexOf(marker);
			lua.append("local prefix = ").append(lua(template.substring(0, at))).append('\n');
			lua.append("local suffix = ").append(lua(template.substring(at + marker.length()))).append('\n');
			lua.append("local base = ").append(target.varyingEnd().toEpochMilli()).append('\n');
			lua.append("""
					local counter = 0
					local threads = 0
					function setup(thread)
					  thread:set("tid", threads)
					  threads = threads + 1
					end
					function request()
					  counter = counter + 1
					  local t = base - ((tid or 0) * 100000000 + counter)
					  local s = math.floor(t / 1000)
					  return wrk.format(nil, prefix .. os.date("!%Y-%m-%dT%H:%M:%S", s)
					    .. string.format(".%03dZ", t - s * 1000) .. suffix)
					end
					""");
		}
		lua.append("""
				function done(summary, latency, requests)
				  local e = summary.errors
				  io.write(string.format("WRKRESULT %d %d %d %d %d %d %d %.0f %.0f\\n", summary.requests,
				    summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
				    latency:percentile(50), latency:percentile(99)))
				end
				""");
		return lua.toString();
	}

	/** A Lua string literal of exactly these bytes. */
	private static String lua(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c == '"' || c == '\\') {
				out.append('\\').append((char) c);
			}
			else if (c < 32 || c >= 127) {
				out.append('\\').append(String.format(Locale.ROOT, "%03d", c));
			}
			else {
				out.append((char) c);
			}
		}
		return out.append('"').toString();
	}

	private static Result runJava(String baseUrl, Target target, int connections, Duration duration) {
		AtomicLong sequence = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		List<Future<long[]>> running = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			running.add(pool.submit(() -> {
				long[] latencies = new long[4096];
				int count = 0;
				try (PlainHttp http = new PlainHttp(target.cookie())) {
					while (System.nanoTime() < deadline) {
						HttpRequest request = target.nth(sequence.getAndIncrement(), baseUrl);
						long sent = System.nanoTime();
						try {
							http.send(request);
						}
						catch (IllegalStateException ex) {
							errors.incrementAndGet();
							http.close();
							continue;
						}
						if (count == latencies.length) {
							latencies = Arrays.copyOf(latencies, count * 2);
						}
						latencies[count++] = System.nanoTime() - sent;
					}
				}
				return Arrays.copyOf(latencies, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		try {
			for (Future<long[]> future : running) {
				all.add(future.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("A load client failed: " + ex.getCause(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
		if (merged.length == 0) {
			return new Result(0, 0, 0, 0, errors.get());
		}
		Latencies latencies = Latencies.of(merged);
		return new Result(merged.length / seconds, latencies.medianMs(), latencies.p99Ms(), merged.length,
				errors.get());
	}

	/** The same request to another server (the path and query replaced when given). */
	static HttpRequest retarget(HttpRequest request, String baseUrl, String pathAndQuery) {
		URI uri = request.uri();
		String target = (pathAndQuery != null) ? pathAndQuery
				: uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		return HttpRequest.newBuilder(request, (name, value) -> true).uri(URI.create(baseUrl + target)).build();
	}

}
