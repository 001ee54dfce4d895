package dev.statsemulator.pushwoosh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * The two error shapes of the Statistics API v2. messages:list and totalsByIntervals sit
 * behind a gRPC gateway, which answers {@code {"code": <grpc code>, "message": ...,
 * "details": []}}; getMessageLog and the email endpoints answer {@code {"error": ...}}.
 */
enum ErrorStyle {

	GRPC_GATEWAY, ERROR_FIELD;

	private static final JsonMapper JSON = JsonMapper.shared();

	/** The style of the endpoint a request is for; unknown paths get the gateway's. */
	static ErrorStyle of(HttpServletRequest request) {
		// Without path parameters (";x=1"): they do not change the endpoint.
		String path = request.getRequestURI().substring(request.getContextPath().length()).replaceAll(";[^/]*", "");
		return PushwooshEndpoints.ERROR_FIELD_PATHS.contains(path) ? ERROR_FIELD : GRPC_GATEWAY;
	}

	String body(HttpStatus status, String message) {
		if (this == ERROR_FIELD) {
			return JSON.writeValueAsString(Map.of("error", message));
		}
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("code", grpcCode(status));
		envelope.put("message", message);
		envelope.put("details", List.of());
		return JSON.writeValueAsString(envelope);
	}

	/** The gRPC status code grpc-gateway maps to this HTTP status. */
	static int grpcCode(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> 3; // INVALID_ARGUMENT
			case UNAUTHORIZED -> 16; // UNAUTHENTICATED
			case FORBIDDEN -> 7; // PERMISSION_DENIED
			case NOT_FOUND -> 5; // NOT_FOUND
			case METHOD_NOT_ALLOWED, NOT_IMPLEMENTED -> 12; // UNIMPLEMENTED
			case TOO_MANY_REQUESTS -> 8; // RESOURCE_EXHAUSTED
			case SERVICE_UNAVAILABLE -> 14; // UNAVAILABLE
			default -> 13; // INTERNAL
		};
	}

}
