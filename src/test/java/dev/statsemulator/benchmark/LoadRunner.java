package dev.statsemulator.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Concurrent clients, each with its own HTTP connection: ingest of a workspace's batches,
 * and a fixed-time hammering of one request. Every load stays on 127.0.0.1 and is bounded
 * (a number of batches, a number of seconds).
 */
final class LoadRunner {

	/**
	 * An ingest run.
	 *
	 * @param seconds wall time from the first request to the last answer
	 * @param stored events the service reported stored
	 * @param batchLatencies per request
	 * @param tenths events/s in each tenth of the batches, in the order they completed
	 * @param busy answers 503 ("busy with other writes to this workspace; retry in a
	 * second"), each retried after a second as the answer asks
	 */
	record IngestResult(double seconds, long stored, Latencies batchLatencies, double[] tenths, long busy) {
	}

	private LoadRunner() {
	}

	/** POSTs every batch once, {@code clients} at a time, in batch order. */
	static IngestResult ingest(String baseUrl, String adminToken, String workspaceId, EventFiles files, int clients) {
		AtomicInteger next = new AtomicInteger();
		AtomicLong stored = new AtomicLong();
		AtomicLong busy = new AtomicLong();
		long[] latencies = new long[files.batches()];
		long[] finished = new long[files.batches()];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				ServiceClient http = new ServiceClient(baseUrl);
				for (int batch = next.getAndIncrement(); batch < files.batches(); batch = next.getAndIncrement()) {
					byte[] body = files.batch(batch);
					long sent = System.nanoTime();
					HttpRequest request = http.request("POST", "/_emulator/v1/workspaces/" + workspaceId + "/events",
							"application/x-ndjson", body, "Authorization", "Bearer " + adminToken);
					HttpResponse<byte[]> response = http.send(request, true);
					// A 503 is the service's bounded wait for the workspace's lock
					// running
					// out on a busy machine: retried after a second, as its answer asks.
					for (int retry = 0; response.statusCode() == 503; retry++) {
						if (retry == 100) {
							throw new IllegalStateException("Batch " + batch + " answered 503 a hundred times: "
									+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
						}
						busy.incrementAndGet();
						ServiceProcess.sleep(1000);
						response = http.send(request, true);
					}
					finished[batch] = System.nanoTime();
					latencies[batch] = finished[batch] - sent;
					JsonNode result = JsonMapper.shared().readTree(response.body());
					stored.addAndGet(result.path("stored").asLong());
				}
				return null;
			}));
		}
		awaitAll(pool, running);
		double seconds = (System.nanoTime() - start) / 1e9;
		return new IngestResult(seconds, stored.get(), Latencies.of(latencies),
				tenths(start, finished, files.events() / (double) files.batches()), busy.get());
	}

	/** The rate in each tenth of the batches, by completion time. */
	private static double[] tenths(long start, long[] finished, double eventsPerBatch) {
		long[] sorted = finished.clone();
		java.util.Arrays.sort(sorted);
		int parts = Math.min(10, sorted.length);
		double[] rates = new double[parts];
		long previous = start;
		for (int part = 0; part < parts; part++) {
			int from = part * sorted.length / parts;
			int to = (part + 1) * sorted.length / parts;
			long end = sorted[to - 1];
			rates[part] = (to - from) * eventsPerBatch / ((end - previous) / 1e9);
			previous = end;
		}
		return rates;
	}

	/**
	 * Requests per second that {@code clients} concurrent clients get from one request
	 * for {@code duration}; each client sends the next request when it has read the
	 * answer.
	 */
	static double throughput(String baseUrl, HttpRequest request, int clients, Duration duration) {
		AtomicLong completed = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				ServiceClient http = new ServiceClient(baseUrl);
				while (System.nanoTime() < deadline) {
					http.send(request);
					completed.incrementAndGet();
				}
				return null;
			}));
		}
		awaitAll(pool, running);
		return completed.get() / ((System.nanoTime() - start) / 1e9);
	}

	private static void awaitAll(ExecutorService pool, List<Future<?>> running) {
		try {
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("A client failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
