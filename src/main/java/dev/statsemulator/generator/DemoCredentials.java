package dev.statsemulator.generator;

import java.util.List;
import java.util.Optional;

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
		var settings = DemoWorkspace.SETTINGS;
		var tellody = settings.tellody().users().get(0);
		var rocketchat = settings.rocketchat().users().get(0);
		var pushwoosh = settings.pushwoosh().tokens().get(0);
		return Optional.of(new Credentials(WORKSPACE, new Tellody(tellody.username(), tellody.password()),
				new GetResponse(settings.getresponse().apiKeys().get(0)),
				new RocketChat(rocketchat.userId(), rocketchat.authToken()),
				new Pushwoosh(pushwoosh.token(), pushwoosh.applications())));
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
