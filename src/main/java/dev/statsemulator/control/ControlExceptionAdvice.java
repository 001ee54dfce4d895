package dev.statsemulator.control;

import java.time.DateTimeException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import dev.statsemulator.BadInputException;
import dev.statsemulator.eventstore.BatchConflictException;
import dev.statsemulator.eventstore.InvalidBatchException;
import dev.statsemulator.faults.InvalidFaultException;
import dev.statsemulator.snapshot.SnapshotException;
import dev.statsemulator.web.BodyTooLargeException;
import dev.statsemulator.web.ErrorTexts;
import dev.statsemulator.workspace.CredentialConflictException;
import dev.statsemulator.workspace.InvalidWorkspaceException;
import dev.statsemulator.workspace.WorkspaceBusyException;
import dev.statsemulator.workspace.WorkspaceNotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
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
				"Malformed JSON: " + ErrorTexts.withoutClassNames(ex.getOriginalMessage()) + ((ex.getLocation() != null)
						? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
						: ""));
	}

	@ExceptionHandler
	ProblemDetail badInput(BadInputException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ErrorTexts.withoutClassNames(ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(WorkspaceBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage()));
	}

	/**
	 * A lock the database gave up on: retryable, so a 503 with Retry-After rather than a
	 * 500.
	 */
	@ExceptionHandler({ PessimisticLockingFailureException.class, QueryTimeoutException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> lockTimeout(RuntimeException ex) {
		logger.warn("A database lock timed out in the control API: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database is busy with other writes to this workspace; retry in a second"));
	}

	@ExceptionHandler
	ProblemDetail bodyTooLarge(BodyTooLargeException ex) {
		return tooLarge(ex);
	}

	private static ProblemDetail tooLarge(BodyTooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				ex.getMessage() + " for this endpoint (emulator.ingest.max-body-size for event ingest, "
						+ "emulator.control.max-body-size for the rest)");
		problem.setTitle("Content Too Large");
		return problem;
	}

	/** A parameter that does not convert: named, without the framework's type names. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex.getPropertyName() != null) ? ex.getPropertyName() : "a parameter";
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"'" + name + "' has an invalid value (or is given more than once)"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
		}
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body could not be read; send JSON"));
	}

	/**
	 * Values the request carried that are out of any range the emulator can compute with
	 * (a date beyond the calendar, a number that overflows), and requests the firewall
	 * refused.
	 */
	@ExceptionHandler({ DateTimeException.class, ArithmeticException.class, RequestRejectedException.class })
	ProblemDetail outOfRange(RuntimeException ex) {
		logger.debug("Refused bad input in the control API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"A value of the request is out of range or malformed: "
						+ ErrorTexts.withoutClassNames(ex.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		logger.error("Unexpected error in the control API", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Unexpected error (see the emulator's log)");
	}

}
