package dev.statsemulator.generator;

/** A generation stopped because its thread was interrupted (the service shuts down). */
public class GenerationInterruptedException extends RuntimeException {

	GenerationInterruptedException(String workspaceId) {
		super("Generation for workspace '" + workspaceId + "' was interrupted");
	}

}
