package dev.statsemulator.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The saturating load on each request at each concurrency, on the emulator and on
 * WireMock serving the emulator's own answer bytes, the two interleaved (for each
 * concurrency and request, one run on each, alternating which goes first) so that a
 * neighbour's load hits both alike.
 */
final class LoadMatrix {

	/**
	 * One request at one concurrency.
	 *
	 * @param target what was asked
	 * @param connections the concurrency
	 * @param emulator the emulator's result
	 * @param wiremock WireMock's result on the same request, or null without WireMock
	 */
	record Row(String target, int connections, LoadGenerator.Result emulator, LoadGenerator.Result wiremock) {
	}

	/**
	 * A target and a text every good answer holds.
	 *
	 * @param target the request
	 * @param expect what its answer holds
	 */
	record Check(LoadGenerator.Target target, String expect) {
	}

	private LoadMatrix() {
	}

	/**
	 * Asks the emulator each request once, checks the answer and stubs WireMock with its
	 * exact bytes and content type (after removing every earlier stub), warms both up,
	 * then runs the matrix.
	 */
	static List<Row> run(LoadGenerator load, String emulatorUrl, WireMockProcess wiremock, List<Check> checks,
			List<Integer> concurrency, Duration slice, Consumer<String> progress) {
		if (wiremock != null) {
			wiremock.reset();
		}
		for (Check check : checks) {
			LoadGenerator.Target target = check.target();
			try (PlainHttp http = new PlainHttp(target.cookie())) {
				PlainHttp.Answer answer = http.exchange(target.nth(0, emulatorUrl));
				String body = new String(answer.body(), StandardCharsets.UTF_8);
				if (!body.contains(check.expect())) {
					throw new IllegalStateException(
							target.name() + " answered " + body.substring(0, Math.min(500, body.length())));
				}
				if (wiremock != null) {
					wiremock.stub(target.request(), answer, target.varyingEnd() != null);
					byte[] mocked;
					try (PlainHttp mock = new PlainHttp(target.cookie())) {
						mocked = mock.send(target.nth(0, wiremock.baseUrl()));
					}
					if (!java.util.Arrays.equals(mocked, answer.body())) {
						throw new IllegalStateException("WireMock's answer to " + target.name()
								+ " is not the emulator's (" + mocked.length + " bytes, " + answer.body().length + ")");
					}
				}
			}
		}
		Duration warmUp = Duration.ofSeconds(1);
		for (Check check : checks) {
			load.run(emulatorUrl, check.target(), 8, warmUp);
			if (wiremock != null) {
				load.run(wiremock.baseUrl(), check.target(), 8, warmUp);
			}
		}
		List<Row> rows = new ArrayList<>();
		int turn = 0;
		for (int connections : concurrency) {
			for (Check check : checks) {
				LoadGenerator.Target target = check.target();
				progress.accept(String.format("Load: %s, %d connections", target.name(), connections));
				LoadGenerator.Result emulator;
				LoadGenerator.Result mocked = null;
				if (wiremock != null && turn % 2 == 1) {
					mocked = load.run(wiremock.baseUrl(), target, connections, slice);
					emulator = load.run(emulatorUrl, target, connections, slice);
				}
				else {
					emulator = load.run(emulatorUrl, target, connections, slice);
					if (wiremock != null) {
						mocked = load.run(wiremock.baseUrl(), target, connections, slice);
					}
				}
				turn++;
				rows.add(new Row(target.name(), connections, emulator, mocked));
			}
		}
		return rows;
	}

}
