package dev.statsemulator.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import dev.statsemulator.workspace.WorkspaceSettings;

/**
 * The demo workspace's vendor credentials, as published in the README. They are the only
 * vendor secrets the emulator knows in clear (all others are stored hashed), so only the
 * demo's can be handed to the dashboard.
 */
public final class DemoCredentials {

	/** The demo workspace's id. */
	public static final String WORKSPACE = DemoWorkspace.ID;

	private DemoCredentials() {
	}

	/**
	 * @param workspace a workspace id
	 * @return the demo's credentials, when {@code workspace} is the demo
	 */
	public static Optional<Credentials> of(String workspace) {
		if (!WORKSPACE.equals(workspace)) {
			return Optional.empty();
		}
		// Read from the demo's own settings (the sections as users PUT them).
		var settings = DemoWorkspace.SETTINGS;
		JsonNode tellody = section(settings, "tellody").path("users").path(0);
		JsonNode rocketchat = section(settings, "rocketchat").path("users").path(0);
		JsonNode pushwoosh = section(settings, "pushwoosh").path("tokens").path(0);
		List<String> applications = new ArrayList<>();
		pushwoosh.path("applications").forEach((application) -> applications.add(application.asString()));
		return Optional.of(new Credentials(WORKSPACE,
				new Tellody(tellody.path("username").asString(), tellody.path("password").asString()),
				new GetResponse(section(settings, "getresponse").path("apiKeys").path(0).asString()),
				new RocketChat(rocketchat.path("userId").asString(), rocketchat.path("authToken").asString()),
				new Pushwoosh(pushwoosh.path("token").asString(), List.copyOf(applications))));
	}

	private static JsonNode section(WorkspaceSettings settings, String vendor) {
		JsonNode section = settings.section(vendor);
		return (section != null) ? section : MissingNode.getInstance();
	}

	/**
	 * One workspace's credentials for each vendor.
	 *
	 * @param workspace the workspace
	 * @param tellody a Tellody login
	 * @param getresponse a GetResponse API key
	 * @param rocketchat a Rocket.Chat user id and token
	 * @param pushwoosh a Pushwoosh token and the applications it reads
	 */
	public record Credentials(String workspace, Tellody tellody, GetResponse getresponse, RocketChat rocketchat,
			Pushwoosh pushwoosh) {
	}

	/**
	 * @param username the username
	 * @param password the password
	 */
	public record Tellody(String username, String password) {
	}

	/**
	 * @param apiKey the API key
	 */
	public record GetResponse(String apiKey) {
	}

	/**
	 * @param userId the X-User-Id
	 * @param authToken the X-Auth-Token
	 */
	public record RocketChat(String userId, String authToken) {
	}

	/**
	 * @param token the API token
	 * @param applications the applications it reads
	 */
	public record Pushwoosh(String token, List<String> applications) {
	}

}
