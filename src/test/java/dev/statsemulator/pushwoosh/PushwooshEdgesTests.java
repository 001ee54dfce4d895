package dev.statsemulator.pushwoosh;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/** Error mapping of framework exceptions and the run-joining of totalsByIntervals. */
class PushwooshEdgesTests {

	private final PushwooshExceptionAdvice advice = new PushwooshExceptionAdvice();

	@Test
	void frameworkRefusalsKeepTheirStatusInTheEndpointsStyle() {
		ResponseEntity<String> conflict = this.advice.unexpected(new ResponseStatusException(HttpStatus.CONFLICT),
				new MockHttpServletRequest("POST", PushwooshEndpoints.MESSAGE_LOG));
		assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(conflict.getBody()).isEqualTo("{\"error\":\"Conflict\"}");
		ResponseEntity<String> notFound = this.advice.unexpected(new ResponseStatusException(HttpStatus.NOT_FOUND),
				new MockHttpServletRequest("POST", PushwooshEndpoints.MESSAGES_LIST));
		assertThat(notFound.getBody()).isEqualTo("{\"code\":5,\"message\":\"Not Found\",\"details\":[]}");
		// The faults provoked below are expected here: not ERRORs in the build's log.
		Logger adviceLogger = (Logger) LoggerFactory.getLogger(PushwooshExceptionAdvice.class);
		Level level = adviceLogger.getLevel();
		adviceLogger.setLevel(Level.OFF);
		try {
			ResponseEntity<String> broken = this.advice.unexpected(new IllegalStateException("boom"),
					new MockHttpServletRequest("POST", PushwooshEndpoints.MESSAGE_LOG));
			assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			ResponseEntity<String> serverSide = this.advice.unexpected(
					new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE),
					new MockHttpServletRequest("POST", PushwooshEndpoints.MESSAGE_LOG));
			assertThat(serverSide.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		}
		finally {
			adviceLogger.setLevel(level);
		}
	}

	@Test
	void pathParametersDoNotChangeTheErrorStyle() {
		assertThat(ErrorStyle.of(new MockHttpServletRequest("POST", PushwooshEndpoints.MESSAGE_LOG + ";x=1")))
			.isEqualTo(ErrorStyle.ERROR_FIELD);
	}

}
