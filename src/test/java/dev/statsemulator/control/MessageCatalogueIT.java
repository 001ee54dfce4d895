package dev.statsemulator.control;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.statsemulator.support.Http.Response;
import dev.statsemulator.support.PostgresIntegrationTest;
import dev.statsemulator.support.TestEvents;

import static dev.statsemulator.support.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

class MessageCatalogueIT extends PostgresIntegrationTest {

	private String workspace;

	@BeforeEach
	void createWorkspace() {
		this.workspace = newWorkspaceId("catalogue");
		admin().putJson("/_emulator/v1/workspaces/" + this.workspace, "{}");
	}

	private String path(String rest) {
		return "/_emulator/v1/workspaces/" + this.workspace + rest;
	}

	@Test
	void registeredMessagesKeepTheirMetadata() {
		Response registered = admin().postJson(path("/messages"), """
				[{"id": "C3F8-C3863ED4-334AD4F1", "number": 12345678900, "application": "1DC69-73EDB",
				  "campaign": "AAAAA-XXXXX", "channel": "push", "platforms": ["ios", "android"], "name": "Spring sale",
				  "title": "Sale!", "content": {"en": "30% off"}, "createdAt": "2024-08-01T10:00:00Z",
				  "sendAt": 1722592800000, "status": "done", "source": "API", "type": "push"},
				 {"id": "nl1", "subject": "Hello", "type": "newsletter"}]""");
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
		JsonNode push = admin().get(path("/messages/C3F8-C3863ED4-334AD4F1")).json();
		assertThat(push.path("number").asLong()).isEqualTo(12345678900L);
		assertThat(push.path("registered").asBoolean()).isTrue();
		assertThat(push.path("platforms").toString()).isEqualTo("[\"ios\",\"android\"]");
		assertThat(push.path("content").path("en").asString()).isEqualTo("30% off");
		assertThat(push.path("createdAt").asString()).isEqualTo("2024-08-01T10:00:00Z");
		assertThat(push.path("sendAt").asString()).isEqualTo("2024-08-02T10:00:00Z");
		// A number was assigned to the message that did not give one: ten digits, from
		// its id.
		assertThat(admin().get(path("/messages/nl1")).json().path("number").asLong()).isBetween(1_000_000_000L,
				9_999_999_999L);
	}

	@Test
	void eventsCreateMessagesWithDefaults() {
		admin().postJson(path("/events"), TestEvents.array(event("opened", "2024-03-02T10:00:00Z").message("auto"),
				event("sent", "2024-03-01T10:00:00Z").message("auto").channel("push").platform("ios")));
		JsonNode auto = admin().get(path("/messages/auto")).json();
		assertThat(auto.path("registered").asBoolean()).isFalse();
		assertThat(auto.path("number").asLong()).isBetween(1_000_000_000L, 9_999_999_999L);
		assertThat(auto.path("channel").asString()).isEqualTo("push");
		assertThat(auto.path("createdAt").asString()).isEqualTo("2024-03-01T10:00:00Z");
		// An earlier event moves createdAt back.
		admin().postJson(path("/events"), TestEvents.array(event("sent", "2024-02-28T10:00:00Z").message("auto")));
		assertThat(admin().get(path("/messages/auto")).json().path("createdAt").asString())
			.isEqualTo("2024-02-28T10:00:00Z");
		assertThat(admin().get(path("/messages")).json().size()).isEqualTo(1);
		assertThat(admin().get(path("/messages/none")).status()).isEqualTo(404);
	}

	@Test
	void messagesCreatedFromEventsDoNotDependOnArrivalOrder() {
		List<TestEvents.Builder> events = List.of(
				event("sent", "2024-05-01T10:00:00Z").message("nl-9").contact("a").with("campaign", "camp-A"),
				event("clicked", "2024-05-01T11:00:00Z").message("nl-9")
					.contact("a")
					.channel("sms")
					.with("campaign", "camp-B"),
				event("opened", "2024-05-01T10:30:00Z").message("nl-9").contact("a").with("application", "APP01-00001"),
				event("sent", "2024-05-01T09:00:00Z").message("other").contact("b"));
		String backward = newWorkspaceId("catalogue");
		admin().putJson("/_emulator/v1/workspaces/" + backward, "{}");
		for (TestEvents.Builder event : events) {
			admin().postJson(path("/events"), TestEvents.array(event));
		}
		for (int i = events.size() - 1; i >= 0; i--) {
			admin().postJson("/_emulator/v1/workspaces/" + backward + "/events", TestEvents.array(events.get(i)));
		}
		JsonNode forward = admin().get(path("/messages")).json();
		assertThat(admin().get("/_emulator/v1/workspaces/" + backward + "/messages").json()).isEqualTo(forward);
		JsonNode nl9 = admin().get(path("/messages/nl-9")).json();
		assertThat(nl9.path("channel").asString()).isEqualTo("email");
		assertThat(nl9.path("campaign").asString()).isEqualTo("camp-A");
		assertThat(nl9.path("createdAt").asString()).isEqualTo("2024-05-01T10:00:00Z");
	}

	@Test
	void badMessagesAreRejectedWhole() {
		Response invalid = admin().postJson(path("/messages"), """
				[{"id": "ok"}, {"name": "no id"}, {"id": "x", "platforms": ["palm"], "createdAt": "soon"}]""");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").toString()).contains("\"index\":1", "\"field\":\"platforms\"",
				"\"field\":\"createdAt\"");
		assertThat(admin().get(path("/messages")).json().size()).isZero();
		assertThat(admin().postJson(path("/messages"), "[{\"id\": \"a\", \"colour\": \"red\"}]").status())
			.isEqualTo(400);

		admin().postJson(path("/messages"), "[{\"id\": \"a\", \"number\": 7}]");
		Response taken = admin().postJson(path("/messages"), "[{\"id\": \"b\", \"number\": 7}]");
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.body()).contains("'a'");
	}

}
