package dev.statsemulator.tellody;

import java.io.Serializable;

/**
 * The logged-in Tellody user, kept in the HTTP session (hence serializable).
 *
 * @param workspaceId the one workspace whose data this login reads
 * @param username login name
 * @param email the user's address
 * @param userId the user's numeric id
 */
record TellodyUser(String workspaceId, String username, String email, long userId) implements Serializable {

	static TellodyUser of(TellodyAccount account) {
		return new TellodyUser(account.workspaceId(), account.username(), account.email(), account.userId());
	}

}
