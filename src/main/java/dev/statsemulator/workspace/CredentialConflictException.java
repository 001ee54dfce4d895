package dev.statsemulator.workspace;

/** Thrown when a credential in new settings already belongs to another workspace. */
public class CredentialConflictException extends RuntimeException {

	public CredentialConflictException(String credential, String otherWorkspace) {
		super(credential + " already belongs to workspace '" + otherWorkspace + "'");
	}

}
