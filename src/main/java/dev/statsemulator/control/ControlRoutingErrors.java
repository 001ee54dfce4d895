package dev.statsemulator.control;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests under /_emulator that reach no control endpoint (unknown path, wrong method,
 * unsupported media type) answer RFC 9457 problem details like the rest of the control
 * API, not the framework's error page. {@link ControlExceptionAdvice} cannot: it sees
 * only exceptions of the control controllers, and these happen before any is chosen.
 */
@Component
class ControlRoutingErrors implements HandlerExceptionResolver, Ordered {

	private final JsonMapper json;

	ControlRoutingErrors(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/_emulator/") || handler instanceof HandlerMethod || !(ex instanceof ErrorResponse error)
				|| response.isCommitted()) {
			return null;
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		String detail = error.getBody().getDetail();
		if (ex instanceof NoResourceFoundException) {
			detail = "No control API endpoint " + request.getMethod() + " " + path;
		}
		else if (ex instanceof HttpRequestMethodNotSupportedException method) {
			detail = "Method " + method.getMethod() + " is not supported by " + path
					+ ((method.getSupportedHttpMethods() != null) ? "; supported: " + String.join(", ",
							method.getSupportedHttpMethods().stream().map(Object::toString).toList()) : "");
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", (status != null) ? status.getReasonPhrase() : "Error");
		problem.put("status", error.getStatusCode().value());
		problem.put("detail", detail);
		problem.put("instance", path);
		try {
			response.setStatus(error.getStatusCode().value());
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(this.json.writeValueAsBytes(problem));
		}
		catch (IOException ioEx) {
			return null;
		}
		return new ModelAndView();
	}

}
