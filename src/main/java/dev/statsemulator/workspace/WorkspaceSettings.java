package dev.statsemulator.workspace;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a caller PUTs to create or replace a workspace: its time zone and, per vendor, the
 * credentials that map to it. Every section is optional.
 *
 * @param timezone IANA time zone of the workspace (default UTC)
 * @param tellody Tellody Campaign Cloud logins
 * @param getresponse GetResponse API keys
 * @param rocketchat Rocket.Chat users and license
 * @param pushwoosh Pushwoosh API access tokens
 */
public record WorkspaceSettings(String timezone, Tellody tellody, GetResponse getresponse, RocketChat rocketchat,
		Pushwoosh pushwoosh) {

	public record Tellody(List<TellodyUser> users) {
	}

	/**
	 * @param username login name
	 * @param password login password (stored hashed)
	 * @param email shown by UserInfo (default: the username if it is an address)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TellodyUser(String username, String password, String email) {
	}

	public record GetResponse(List<String> apiKeys) {
	}

	/**
	 * @param license whether the workspace has the enterprise license (default true)
	 * @param users users that can call the API
	 */
	public record RocketChat(Boolean license, List<RocketChatUser> users) {
	}

	/**
	 * @param userId value of the X-User-Id header
	 * @param authToken value of the X-Auth-Token header (stored hashed)
	 * @param username login name for POST /api/v1/login
	 * @param password login password (stored hashed)
	 * @param permissions e.g. view-engagement-dashboard
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record RocketChatUser(String userId, String authToken, String username, String password,
			List<String> permissions) {
	}

	public record Pushwoosh(List<PushwooshToken> tokens) {
	}

	/**
	 * @param token API access token (stored hashed)
	 * @param applications application codes the token may read
	 */
	public record PushwooshToken(String token, List<String> applications) {
	}

}
