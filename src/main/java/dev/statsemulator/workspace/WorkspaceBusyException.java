package dev.statsemulator.workspace;

/**
 * Thrown when a write to a workspace waited longer than the configured bound for the
 * writes queued before it: answered 503 with Retry-After.
 */
public class WorkspaceBusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public WorkspaceBusyException(String workspaceId, long retryAfterSeconds) {
		super(("*".equals(workspaceId) ? "The emulator is" : "Workspace '" + workspaceId + "' is")
				+ " busy with other writes; retry in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
