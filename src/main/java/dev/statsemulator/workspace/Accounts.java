package dev.statsemulator.workspace;

import java.util.List;
import java.util.Set;

/**
 * What a vendor credential resolves to: always one workspace, plus the vendor's own
 * attributes.
 */
public final class Accounts {

	private Accounts() {
	}

	/**
	 * A Tellody Campaign Cloud login.
	 *
	 * @param workspaceId the workspace it reads
	 * @param username login name
	 * @param email the user's address
	 * @param userId a stable numeric id
	 */
	public record TellodyAccount(String workspaceId, String username, String email, long userId) {
	}

	/**
	 * A Rocket.Chat user.
	 *
	 * @param workspaceId the workspace it reads
	 * @param userId X-User-Id
	 * @param username login name
	 * @param permissions granted permissions
	 */
	public record RocketChatAccount(String workspaceId, String userId, String username, List<String> permissions) {

		public boolean hasPermission(String permission) {
			return this.permissions.contains(permission);
		}

	}

	/**
	 * A Pushwoosh API access token.
	 *
	 * @param workspaceId the workspace it reads
	 * @param applications application codes it may read
	 */
	public record PushwooshAccess(String workspaceId, Set<String> applications) {

		public boolean mayRead(String applicationCode) {
			return this.applications.contains(applicationCode);
		}

	}

}
