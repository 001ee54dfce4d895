package dev.statsemulator.answercache;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workspaces' write versions in the database ({@code answer_version}), for services
 * that share one database. A row is never deleted (a workspace deleted and created again
 * goes on from its last version), so a version never comes back for a workspace.
 */
@Repository
class WriteVersionRepository {

	private final JdbcClient jdbc;

	WriteVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long version(String workspaceId) {
		return this.jdbc.sql("SELECT version FROM answer_version WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	void moveOn(String workspaceId) {
		if (update(workspaceId) > 0) {
			return;
		}
		try {
			this.jdbc.sql("INSERT INTO answer_version (workspace_id, version) VALUES (?, 1)")
				.param(workspaceId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another service inserted the row meanwhile.
			update(workspaceId);
		}
	}

	void moveAllOn() {
		this.jdbc.sql("UPDATE answer_version SET version = version + 1").update();
	}

	private int update(String workspaceId) {
		return this.jdbc.sql("UPDATE answer_version SET version = version + 1 WHERE workspace_id = ?")
			.param(workspaceId)
			.update();
	}

}
