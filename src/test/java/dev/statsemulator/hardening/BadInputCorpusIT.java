package dev.statsemulator.hardening;

import org.junit.jupiter.api.Test;

import dev.statsemulator.hardening.BadInputCorpus.Result;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link BadInputCorpus} on PostgreSQL. */
class BadInputCorpusIT extends PostgresIntegrationTest {

	@Test
	void noMalformedRequestGetsA5xxOrAClassName() throws Exception {
		Result result = BadInputCorpus.run(this.port, admin(), http(), newWorkspaceId("corpus"));
		Verdict.check("PostgreSQL", result);
	}

	/** What both corpus tests assert and print. */
	static final class Verdict {

		private Verdict() {
		}

		static void check(String database, Result result) {
			System.out.printf("Bad-input corpus on %s: %d malformed requests in %d ms, statuses %s, 5xx %d, leaks %d%n",
					database, result.sent(), result.millis(), result.byStatus(), result.serverErrorCount(),
					result.leaks().size());
			result.serverErrors().stream().limit(20).forEach((error) -> System.out.println("5xx or none: " + error));
			result.leaks().stream().limit(20).forEach((leak) -> System.out.println("names a class: " + leak));
			assertThat(result.sent()).isGreaterThanOrEqualTo(10_000);
			assertThat(result.serverErrors().size() + result.leaks().size())
				.as("answers of 5xx (or none), and answers that name a Java class or package; the first: %s",
						java.util.stream.Stream.concat(result.serverErrors().stream(), result.leaks().stream())
							.limit(3)
							.toList())
				.isZero();
		}

	}

}
