package dev.statsemulator.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer of whatever reaches the servlet container's error page (an error outside
 * every API's own error handling, or {@code /error} asked for directly): always JSON,
 * whatever the Accept header says, never an HTML page, never a stack trace or a class
 * name. Asked for directly, {@code /error} is a path like any other: 404.
 */
@RestController
class JsonErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = HttpStatus.NOT_FOUND;
		if (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400) {
			status = HttpStatus.valueOf(value);
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("path", (uri != null) ? uri.toString() : request.getRequestURI());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
