package dev.statsemulator.eventstore;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A COPY into a Citus distributed table reports a worker's error as XX000 with the
 * worker's message: the three errors the store handles get their SQLSTATE back.
 */
class WorkerStateTests {

	@Test
	void citusCopyErrorsGetTheWorkersState() {
		assertThat(EventRepository
			.withWorkerState(new SQLException(
					"ERROR: duplicate key value violates unique constraint \"event_client_id_102133\"", "XX000"))
			.getSQLState()).isEqualTo("23505");
		assertThat(EventRepository.withWorkerState(new SQLException("ERROR: deadlock detected", "XX000")).getSQLState())
			.isEqualTo("40P01");
		assertThat(EventRepository
			.withWorkerState(new SQLException("ERROR: canceling statement due to lock timeout", "XX000"))
			.getSQLState()).isEqualTo("55P03");
	}

	@Test
	void otherErrorsAreLeftAsTheyAre() {
		SQLException internal = new SQLException("ERROR: something else", "XX000");
		assertThat((Object) EventRepository.withWorkerState(internal)).isSameAs(internal);
		SQLException duplicate = new SQLException("ERROR: duplicate key value violates unique constraint", "23505");
		assertThat((Object) EventRepository.withWorkerState(duplicate)).isSameAs(duplicate);
	}

}
