package dev.statsemulator.citus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the schema lies on the Citus cluster: which tables are distributed, workspaces
 * spread over both workers, and a large workspace isolated to a shard of its own and
 * moved to the other worker while the emulator keeps answering, with the same answers
 * before and after.
 */
@Tag("citus")
class CitusPlacementIT extends PostgresIntegrationTest {

	@AfterEach
	void releaseClock() {
		admin().delete("/_emulator/v1/clock");
	}

	@Test
	void everyTableButFlywaysHistoryIsACitusTableDistributedByWorkspace() {
		try (CitusCluster cluster = CitusCluster.connect()) {
			Map<String, String> citus = cluster.citusTables();
			Set<String> tables = cluster.tables();
			Set<String> expected = new TreeSet<>(tables);
			expected.remove("flyway_schema_history");
			assertThat(citus.keySet()).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(citus).containsEntry("credential", "reference").containsEntry("workspace", "distributed:id");
			citus.forEach((table, kind) -> {
				if (!table.equals("credential") && !table.equals("workspace")) {
					assertThat(kind).as(table).isEqualTo("distributed:workspace_id");
				}
			});
			// All distributed tables in one colocation group: a workspace's rows are
			// together.
			assertThat(cluster.strings("SELECT DISTINCT colocationid FROM pg_dist_partition WHERE partmethod = 'h'"))
				.hasSize(1);
		}
	}

	@Test
	void workspacesSpreadOverBothWorkers() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String id = newWorkspaceId("spread");
			assertThat(admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\": \"UTC\"}").status())
				.isEqualTo(201);
			ids.add(id);
		}
		try (CitusCluster cluster = CitusCluster.connect()) {
			Map<String, Integer> placement = new TreeMap<>();
			StringBuilder table = new StringBuilder("workspace | shard of workspace | worker\n");
			for (String id : ids) {
				placement.put(id, cluster.nodePortOf(id));
				table.append(id)
					.append(" | ")
					.append(cluster.strings("SELECT get_shard_id_for_distribution_column('workspace', ?)", id).get(0))
					.append(" | ")
					.append(placement.get(id))
					.append('\n');
			}
			System.out.println("Placement of 12 workspaces:\n" + table);
			assertThat(new TreeSet<>(placement.values())).containsExactlyElementsOf(cluster.workerPorts());
		}
	}

	@Test
	void aWorkspaceIsolatedToItsOwnShardAndMovedAnswersTheSameWhileServing() throws Exception {
		admin().putJson("/_emulator/v1/clock", "{\"now\": \"" + VendorWorkspace.NOW + "\"}");
		VendorWorkspace workspace = new VendorWorkspace(newWorkspaceId("tenant"), http(), admin());
		workspace.writes().forEach((name, call) -> {
			Response response = call.get();
			assertThat(response.status()).as(name + ": " + response).isBetween(200, 299);
		});
		List<String> before = workspace.answers();
		String stats = "/_emulator/v1/workspaces/" + workspace.id()
				+ "/stats?type=opened&from=2024-06-01&to=2024-06-15&unit=day";
		String expectedStats = admin().get(stats).body();

		AtomicBoolean moving = new AtomicBoolean(true);
		List<String> duringMove = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try (CitusCluster cluster = CitusCluster.connect()) {
			Future<?> reading = reader.submit(() -> {
				while (moving.get()) {
					Response response = admin().get(stats);
					duringMove.add(response.status() + " " + response.body());
				}
				return null;
			});
			int source = cluster.nodePortOf(workspace.id());
			long shared = Long.parseLong(
					cluster.strings("SELECT get_shard_id_for_distribution_column('workspace', ?)", workspace.id())
						.get(0));
			// block_writes: the clusters run with wal_level = replica, so no logical
			// replication; writes to the shard wait while it is copied, reads go on.
			long isolated = Long.parseLong(cluster.strings(
					"SELECT isolate_tenant_to_new_shard('workspace', ?::text, 'CASCADE', shard_transfer_mode => 'block_writes')",
					workspace.id())
				.get(0));
			assertThat(isolated).isNotEqualTo(shared);
			assertThat(cluster.strings("SELECT shardminvalue = shardmaxvalue FROM pg_dist_shard WHERE shardid = ?",
					isolated))
				.containsExactly("t");
			int target = cluster.workerPorts().stream().filter((port) -> port != source).findFirst().orElseThrow();
			cluster.strings("SELECT citus_move_shard_placement(?, '127.0.0.1', ?, '127.0.0.1', ?, "
					+ "shard_transfer_mode => 'block_writes')", isolated, source, target);
			assertThat(cluster.nodePortOf(workspace.id())).isEqualTo(target);
			System.out.println("Workspace " + workspace.id() + ": shard " + shared + " on " + source
					+ " -> its own shard " + isolated + " moved to " + target + "; " + duringMove.size()
					+ " stats requests answered meanwhile");
			moving.set(false);
			reading.get(60, TimeUnit.SECONDS);
		}
		finally {
			moving.set(false);
			reader.shutdownNow();
		}
		assertThat(duringMove).isNotEmpty().allMatch((answer) -> answer.equals("200 " + expectedStats));
		// A new client, as before: a fresh cookie jar, so Tellody's first ping is
		// anonymous again.
		assertThat(new VendorWorkspace(workspace.id(), http(), admin()).answers()).isEqualTo(before);
		// And it takes writes on its new worker.
		Response more = admin().postJson("/_emulator/v1/workspaces/" + workspace.id() + "/events",
				"[{\"type\": \"opened\", \"at\": \"2024-06-02T10:00:00Z\", \"channel\": \"email\", \"contact\": \"x@example.com\"}]");
		assertThat(more.status()).as(more.toString()).isEqualTo(200);
		assertThat(admin().get(stats).body()).isNotEqualTo(expectedStats);
	}

}
