package dev.statsemulator.hardening;

import org.junit.jupiter.api.Test;

import dev.statsemulator.support.PostgresIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ConcurrentWriters} on PostgreSQL. */
class ConcurrentWritersIT extends PostgresIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void eightConcurrentWritersToOneWorkspaceAllSucceed() throws Exception {
		ConcurrentWriters.run(admin(), this.jdbc, newWorkspaceId("writers"));
	}

}
