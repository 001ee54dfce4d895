package dev.statsemulator.rocketchat;

import dev.statsemulator.support.Http;
import dev.statsemulator.support.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object mother for workspaces with Rocket.Chat users, credentials derived from the
 * workspace id: {@code <id>-admin} / {@code <id>-token} (login {@code <id>-user} /
 * {@code pw}) with view-engagement-dashboard, and {@code <id>-viewer} /
 * {@code <id>-viewer-token} without it.
 */
final class RocketChatWorkspaces {

	private RocketChatWorkspaces() {
	}

	static String create(Http admin, String timezone, boolean license) {
		String id = "rc-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		Response created = admin.putJson("/_emulator/v1/workspaces/" + id, settings(id, timezone, license));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return id;
	}

	static String settings(String id, String timezone, boolean license) {
		return """
				{"timezone": "%s",
				 "rocketchat": {"license": %s, "users": [
				   {"userId": "%s-admin", "authToken": "%s-token", "username": "%s-user", "password": "pw",
				    "permissions": ["view-engagement-dashboard"]},
				   {"userId": "%s-viewer", "authToken": "%s-viewer-token", "permissions": []}]}}""".formatted(timezone,
				license, id, id, id, id, id);
	}

}
