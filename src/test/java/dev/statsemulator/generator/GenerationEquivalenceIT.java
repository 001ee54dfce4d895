package dev.statsemulator.generator;

import org.junit.jupiter.api.Test;

import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link GenerationEquivalence} on PostgreSQL. */
class GenerationEquivalenceIT extends PostgresIntegrationTest {

	@Autowired
	TrafficGenerator generator;

	@Autowired
	EventStore events;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bulkGenerationStoresWhatTheGeneratorMadeAndWhatIngestCounts() {
		GenerationEquivalence.run(this.generator, this.events, this.workspaces, this.clock, this.jdbc,
				newWorkspaceId("equivalence"), true);
	}

}
