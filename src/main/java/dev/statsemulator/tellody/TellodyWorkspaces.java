package dev.statsemulator.tellody;

import dev.statsemulator.workspace.Workspace;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.stereotype.Component;

/**
 * The workspace a logged-in session reads: the one its user belongs to now, and no other.
 * A session keeps the user it logged in as; the workspace's users can change afterwards
 * (the user removed, the workspace deleted and recreated for other users), so every use
 * checks the login against the current configuration.
 */
@Component
class TellodyWorkspaces {

	private final WorkspaceService workspaces;

	private final TellodyCredentials credentials;

	TellodyWorkspaces(WorkspaceService workspaces, TellodyCredentials credentials) {
		this.workspaces = workspaces;
		this.credentials = credentials;
	}

	/**
	 * Whether the session's user still exists, as the same user (same id) of the same
	 * workspace.
	 */
	boolean isCurrent(TellodyUser user) {
		return this.credentials.account(user.username())
			.filter((account) -> account.workspaceId().equals(user.workspaceId()) && account.userId() == user.userId())
			.isPresent();
	}

	/**
	 * @throws SessionWorkspaceGoneException when the user left the workspace or the
	 * workspace was deleted after the login
	 */
	Workspace of(TellodyUser user) {
		if (!isCurrent(user)) {
			throw new SessionWorkspaceGoneException();
		}
		return this.workspaces.find(user.workspaceId()).orElseThrow(SessionWorkspaceGoneException::new);
	}

	/** A session whose user or workspace no longer exists: it has to log in again. */
	static class SessionWorkspaceGoneException extends RuntimeException {

		static final String MESSAGE = "The user of this login no longer belongs to its workspace (the user was "
				+ "removed or the workspace deleted); log in again";

		SessionWorkspaceGoneException() {
			super(MESSAGE);
		}

	}

}
