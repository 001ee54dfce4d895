package dev.statsemulator.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How many events the store holds per workspace, for metrics. */
@Component
public class StoreSizes {

	private final JdbcTemplate jdbc;

	StoreSizes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The {@code limit} largest workspaces by stored events, largest first. Counts the
	 * event rows: call it seldom (every few minutes) on a large store.
	 */
	public Map<String, Long> largestWorkspaces(int limit) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		this.jdbc.query(
				"SELECT workspace_id, COUNT(*) AS events FROM event GROUP BY workspace_id ORDER BY events DESC, workspace_id FETCH FIRST ? ROWS ONLY",
				(row) -> {
					sizes.put(row.getString(1), row.getLong(2));
				}, limit);
		return sizes;
	}

}
