package dev.statsemulator.control;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import dev.statsemulator.eventstore.BatchConflictException;
import dev.statsemulator.eventstore.InvalidBatchException;
import dev.statsemulator.faults.InvalidFaultException;
import dev.statsemulator.snapshot.SnapshotException;
import dev.statsemulator.workspace.CredentialConflictException;
import dev.statsemulator.workspace.InvalidWorkspaceException;
import dev.statsemulator.workspace.WorkspaceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The control API's errors, as RFC 9457 problem details. Scoped to this package: each
 * vendor has its own advice because each vendor's error shape differs.
 */
@RestControllerAdvice(basePackageClasses = ControlExceptionAdvice.class)
class ControlExceptionAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ControlExceptionAdvice.class);

	@ExceptionHandler
	ProblemDetail workspaceNotFound(WorkspaceNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidWorkspace(InvalidWorkspaceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail credentialConflict(CredentialConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidBatch(InvalidBatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail batchConflict(BatchConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("errors", ex.conflicts());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badSnapshot(SnapshotException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Snapshot not imported: " + ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidFault(InvalidFaultException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail malformedJson(JacksonException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Malformed JSON: " + ex.getOriginalMessage() + ((ex.getLocation() != null)
						? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
						: ""));
	}

	@ExceptionHandler
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		logger.error("Unexpected error in the control API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Unexpected error: " + ex.getClass().getSimpleName() + " (see the emulator's log)");
	}

	/** A request the control API cannot take, with what to fix. */
	static class BadRequestException extends RuntimeException {

		private final List<String> errors;

		BadRequestException(String message) {
			this(message, List.of());
		}

		BadRequestException(String message, List<String> errors) {
			super(message);
			this.errors = List.copyOf(errors);
		}

		List<String> errors() {
			return this.errors;
		}

	}

}
