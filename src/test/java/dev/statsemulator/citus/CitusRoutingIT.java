package dev.statsemulator.citus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.statsemulator.citus.SqlCapture.Execution;
import dev.statsemulator.citus.SqlCapture.RemoteCommand;
import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a Citus cluster, every statement the service runs for one workspace is planned by
 * Citus's router to ONE task on ONE shard of the worker that holds the workspace: every
 * vendor endpoint, the control API's stats and listings, ingest (COPY, upserts, first
 * occurrences, the id look-ups), generation and settings changes. Each statement is
 * captured as the service ran it and EXPLAINed with its parameters; the remote commands
 * Citus logged while running it must name only the workspace's shards. The two
 * administrative statements that do not stay on one shard are shown for what they are.
 */
@Tag("citus")
class CitusRoutingIT extends PostgresIntegrationTest {

	static final SqlCapture CAPTURE = new SqlCapture();

	/** A shard's name in a command Citus sends to a worker: {@code event_102041}. */
	private static final Pattern SHARD = Pattern.compile("\\b([a-z_]+)_(\\d{6,})\\b");

	private static final Pattern TASK_COUNT = Pattern.compile("Task Count: (\\d+)");

	private static final Pattern NODE = Pattern.compile("Node: host=\\S+ port=(\\d+)");

	@TestConfiguration(proxyBeanMethods = false)
	static class CapturedDataSource {

		@Bean
		static BeanPostProcessor capturingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && name.equals("dataSource"))
							? CAPTURE.wrap(dataSource) : bean;
				}

			};
		}

	}

	@AfterEach
	void releaseClock() {
		admin().delete("/_emulator/v1/clock");
	}

	@Test
	void everyStatementOfOneWorkspaceRunsAsOneTaskOnItsWorker() {
		admin().putJson("/_emulator/v1/clock", "{\"now\": \"" + VendorWorkspace.NOW + "\"}");
		VendorWorkspace workspace = new VendorWorkspace(newWorkspaceId("route"), http(), admin());
		Map<String, List<Execution>> steps = new LinkedHashMap<>();
		workspace.writes().forEach((name, call) -> steps.put(name, run(name, call)));
		workspace.reads().forEach((name, call) -> steps.put(name, run(name, call)));
		try (CitusCluster cluster = CitusCluster.connect()) {
			int worker = cluster.nodePortOf(workspace.id());
			Map<Long, String> shards = cluster.shardsOf(workspace.id());
			Map<Long, String> referenceShards = cluster.referenceShards();
			List<String> report = new ArrayList<>();
			List<String> failures = new ArrayList<>();
			steps.forEach((step, executions) -> {
				int routed = 0;
				for (Execution execution : executions) {
					String problem = check(cluster, execution, worker, shards, referenceShards);
					if (problem != null) {
						failures.add(step + ": " + problem);
					}
					else if (!execution.copy() && !coordinatorOnly(execution.sql())) {
						routed++;
					}
				}
				report.add("%-50s %3d statements, %3d of them router-planned to one shard".formatted(step,
						executions.stream().filter((execution) -> !execution.copy()).count(), routed));
			});
			System.out.println("Citus routing of workspace " + workspace.id() + " (worker " + worker + "):\n"
					+ String.join("\n", report));
			assertThat(failures).isEmpty();
			// Each of these ran some statement against the workspace's data.
			steps.forEach((step, executions) -> {
				if (!step.endsWith("ping") && !step.startsWith("Tellody: login")) {
					assertThat(executions).as(step).isNotEmpty();
				}
			});
			// The events went in by COPY, to the workspace's shard of the event table.
			assertThat(steps.get("control: POST events (JSON)"))
				.anyMatch((execution) -> execution.copy() && execution.remoteCommands()
					.stream()
					.anyMatch((command) -> command.command().startsWith("COPY") && command.port() == worker
							&& command.command().contains("event_")));
		}
	}

	/**
	 * The administrative exceptions: listing all workspaces reads every shard of the
	 * workspace table; deleting one deletes its rows from its shard of each distributed
	 * table, and its credentials from the reference table, on every node.
	 */
	@Test
	void listingAllWorkspacesFansOutAndDeletingOneWritesTheReferenceTableEverywhere() {
		String id = newWorkspaceId("admin");
		VendorWorkspace workspace = new VendorWorkspace(id, http(), admin());
		assertThat(admin().putJson("/_emulator/v1/workspaces/" + id, workspace.settings("UTC")).status())
			.isEqualTo(201);
		List<Execution> list = run("control: GET workspaces", () -> admin().get("/_emulator/v1/workspaces"));
		try (CitusCluster cluster = CitusCluster.connect()) {
			int worker = cluster.nodePortOf(id);
			String listPlan = cluster.explain(list.stream()
				.filter((execution) -> execution.sql() != null && execution.sql().contains("FROM workspace ORDER BY"))
				.findFirst()
				.orElseThrow());
			assertThat(taskCount(listPlan)).isEqualTo(
					cluster.strings("SELECT count(*) FROM pg_dist_shard WHERE logicalrelid = 'workspace'::regclass")
						.get(0));
			List<Execution> delete = run("control: DELETE workspace",
					() -> admin().delete("/_emulator/v1/workspaces/" + id));
			Map<Long, String> shards = cluster.shardsOf(id);
			Map<Long, String> referenceShards = cluster.referenceShards();
			Set<Integer> credentialNodes = new TreeSet<>();
			for (Execution execution : delete) {
				if (execution.sql() != null && execution.sql().startsWith("DELETE FROM credential")) {
					execution.remoteCommands().forEach((command) -> credentialNodes.add(command.port()));
					continue;
				}
				assertThat(check(cluster, execution, worker, shards, referenceShards)).as(execution.sql()).isNull();
			}
			// The reference table has a placement on every node.
			assertThat(credentialNodes).containsAll(cluster.workerPorts());
		}
	}

	private List<Execution> run(String name, Supplier<Response> call) {
		CAPTURE.start();
		Response response;
		List<Execution> executions;
		try {
			response = call.get();
		}
		finally {
			executions = CAPTURE.stop();
		}
		assertThat(response.status()).as(name + ": " + response).isBetween(200, 299);
		return executions;
	}

	/**
	 * What is wrong with one statement, or null: it must be one router task on the
	 * workspace's worker (or, reading a reference table, on one node), and every command
	 * Citus sent for it must name only the workspace's shards and reference shards.
	 */
	private static String check(CitusCluster cluster, Execution execution, int worker, Map<Long, String> shards,
			Map<Long, String> referenceShards) {
		for (RemoteCommand command : execution.remoteCommands()) {
			Matcher shard = SHARD.matcher(command.command());
			while (shard.find()) {
				long shardId = Long.parseLong(shard.group(2));
				if (referenceShards.containsKey(shardId)) {
					continue;
				}
				if (!shards.containsKey(shardId)) {
					return "touched shard " + shard.group() + ", not the workspace's: " + command.command();
				}
				if (command.port() != worker) {
					return "ran on node " + command.port() + ", not the workspace's worker " + worker + ": "
							+ command.command();
				}
			}
		}
		if (execution.copy() || coordinatorOnly(execution.sql())) {
			return null;
		}
		String plan = cluster.explain(execution);
		if (!plan.contains("Custom Scan (Citus Adaptive)") || !"1".equals(taskCount(plan))) {
			return "not one router task: " + execution.sql() + "\n" + plan;
		}
		Matcher node = NODE.matcher(plan);
		Set<Integer> nodes = new TreeSet<>();
		while (node.find()) {
			nodes.add(Integer.parseInt(node.group(1)));
		}
		if (nodes.size() != 1) {
			return "not one node: " + execution.sql() + "\n" + plan;
		}
		boolean distributed = SHARD.matcher(plan)
			.results()
			.anyMatch((shard) -> shards.containsKey(Long.parseLong(shard.group(2))));
		if (distributed && !nodes.contains(worker)) {
			return "on node " + nodes + ", not the workspace's worker " + worker + ": " + execution.sql() + "\n" + plan;
		}
		return null;
	}

	/**
	 * Statements that read no table: transaction settings and the advisory lock that
	 * serializes a workspace's id look-ups on the coordinator.
	 */
	private static boolean coordinatorOnly(String sql) {
		String lower = sql.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("set ") || lower.startsWith("savepoint") || lower.startsWith("release")
				|| lower.startsWith("rollback") || lower.startsWith("select pg_advisory_xact_lock(")
				|| lower.contains(" from pg_extension ");
	}

	private static String taskCount(String plan) {
		Matcher count = TASK_COUNT.matcher(plan);
		return count.find() ? count.group(1) : null;
	}

}
