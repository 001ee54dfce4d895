package dev.statsemulator.tellody;

import java.util.List;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;
import dev.statsemulator.support.TestEvents.Builder;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Tellody tests share: a workspace with a Tellody user, events, a client. */
abstract class TellodyIntegrationTest extends PostgresIntegrationTest {

	/** A new workspace whose Tellody user is named after it (so it is unique). */
	protected String workspace(String timezone) {
		String id = newWorkspaceId("tellody");
		Response response = admin().putJson("/_emulator/v1/workspaces/" + id, "{\"timezone\":\"" + timezone
				+ "\",\"tellody\":{\"users\":[{\"username\":\"" + id + "\",\"password\":\"" + password(id) + "\"}]}}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return id;
	}

	protected static String password(String workspace) {
		return workspace + "-pass";
	}

	protected void ingest(String workspace, List<Builder> events) {
		Response response = admin().postJson("/_emulator/v1/workspaces/" + workspace + "/events",
				TestEvents.array(events));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	protected TellodyClient client() {
		return new TellodyClient(http());
	}

	/** A client logged in to the workspace through the documented flow. */
	protected TellodyClient loggedIn(String workspace) {
		return client().loggedIn(workspace, password(workspace));
	}

	protected static Response ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response;
	}

}
