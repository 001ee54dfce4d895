package dev.statsemulator.pushwoosh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pushwoosh's Remote API 1.3, the protocol of the vendor's published clients (npm
 * {@code pushwoosh-client}, Python {@code pypushwoosh}): {@code POST /json/1.3/<method>}
 * (also {@code /api/1.3/<method>}) with the body {@code {"request": {"auth": ..., ...}}},
 * answered in the envelope {@code {"status_code": 200, "status_message": "OK",
 * "response": {...}}}.
 * <p>
 * A statistics method is the v2 endpoint of the same name: the request is forwarded to it
 * unchanged (v2 reads the token and the filters from the {@code request} wrapper), so
 * both versions read the same events through the same code and refuse the same input. Its
 * answer becomes the 1.3 envelope: a v2 success is {@code status_code} 200 with the v2
 * body as {@code response}; a refusal of the arguments, the token or the application (v2
 * 400, 401, 403, 404) is HTTP 200 with {@code status_code} 210 and the v2 message (the
 * clients read 210 as an argument error); a body that is not a wrapped JSON request is
 * HTTP 400, code 400 ("Malformed request string"); anything else HTTP 500, code 500.
 */
@RestController
class RemoteApi13Controller {

	private static final Logger logger = LoggerFactory.getLogger(RemoteApi13Controller.class);

	static final String JSON_PATH = "/json/1.3/";

	static final String API_PATH = "/api/1.3/";

	/** The statistics methods of 1.3 and the v2 endpoint each one reads. */
	static final Map<String, String> METHODS = Map.of("getMessageLog", PushwooshEndpoints.MESSAGE_LOG,
			"totalsByIntervals", PushwooshEndpoints.TOTALS_BY_INTERVALS, "linksInteractions",
			PushwooshEndpoints.LINKS_INTERACTIONS, "linksInteractionsDevices",
			PushwooshEndpoints.LINKS_INTERACTIONS_DEVICES, "bouncedEmails", PushwooshEndpoints.BOUNCED_EMAILS);

	static final int ARGUMENT_ERROR = 210;

	static final String MALFORMED = "Malformed request string";

	/**
	 * Any other HTTP method: the 1.3 envelope's 404 for an unknown method name, else its
	 * 405. Not an operation of the API, so not in its OpenAPI document.
	 */
	@Hidden
	@RequestMapping(path = { JSON_PATH + "{method}", API_PATH + "{method}" }, method = { RequestMethod.GET,
			RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH, RequestMethod.HEAD })
	void notPost(@PathVariable String method, HttpServletResponse response) throws IOException {
		if (METHODS.get(method) == null) {
			write(response, HttpStatus.NOT_FOUND, 404, "Unknown method: " + method, null);
			return;
		}
		write(response, HttpStatus.METHOD_NOT_ALLOWED, 405, "Method Not Allowed: use POST", null);
	}

	@PostMapping({ JSON_PATH + "{method}", API_PATH + "{method}" })
	void call(@PathVariable String method, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		String target = METHODS.get(method);
		if (target == null) {
			write(response, HttpStatus.NOT_FOUND, 404, "Unknown method: " + method, null);
			return;
		}
		// Bounded like v2's bodies: one byte more than the limit tells a larger body.
		byte[] body = request.getInputStream().readNBytes(PushwooshTokenFilter.MAX_BODY_BYTES + 1);
		if (body.length > PushwooshTokenFilter.MAX_BODY_BYTES) {
			write(response, HttpStatus.PAYLOAD_TOO_LARGE, 413, PushwooshTokenFilter.BODY_TOO_LARGE, null);
			return;
		}
		String malformed = malformed(body);
		if (malformed != null) {
			write(response, HttpStatus.BAD_REQUEST, 400, MALFORMED + ": " + malformed, null);
			return;
		}
		BufferedResponse v2 = new BufferedResponse();
		request.getRequestDispatcher(target).forward(new PushwooshTokenFilter.BufferedBodyRequest(request, body), v2);
		int status = v2.getStatus();
		byte[] answer = v2.bytes();
		if (status == HttpStatus.OK.value()) {
			write(response, HttpStatus.OK, 200, "OK", PushwooshJson.MAPPER.readTree(answer));
		}
		else if (status >= 400 && status < 500) {
			write(response, HttpStatus.OK, ARGUMENT_ERROR, messageOf(answer), null);
		}
		else {
			logger.warn("Remote API 1.3 {}: the v2 endpoint answered {}", method, status);
			write(response, HttpStatus.INTERNAL_SERVER_ERROR, 500, "Internal error", null);
		}
	}

	/** Why a body is no 1.3 request, or null when it is one. */
	private static String malformed(byte[] body) {
		JsonNode root;
		try {
			root = PushwooshJson.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return PushwooshJson.describe(ex);
		}
		if (root == null || root.isMissingNode() || !root.isObject()) {
			return "the body must be a JSON object {\"request\": {...}}";
		}
		if (!root.path("request").isObject()) {
			return "the body must wrap the call's members as {\"request\": {...}}";
		}
		if (PushwooshJson.unwrapped(root) == root) {
			return "the body may hold only \"request\" (and \"auth\") at its top level";
		}
		return null;
	}

	/** The message of a v2 error body, in either of its styles. */
	private static String messageOf(byte[] answer) {
		try {
			JsonNode error = PushwooshJson.MAPPER.readTree(answer);
			JsonNode message = error.has("error") ? error.get("error") : error.path("message");
			return message.isString() ? message.asString() : "Argument error";
		}
		catch (JacksonException ex) {
			return "Argument error";
		}
	}

	private static void write(HttpServletResponse response, HttpStatus http, int code, String message, JsonNode result)
			throws IOException {
		response.setStatus(http.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		byte[] body = PushwooshJson.MAPPER.writeValueAsBytes(new RemoteApi13Envelope(code, message, result));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The v2 endpoint's answer, kept in memory to be wrapped: its status and body, never
	 * sent to the client as they are. It wraps no real response: the servlet container
	 * closes the response a forward was given, and the client's must stay open for the
	 * envelope. Headers the v2 chain sets are dropped.
	 */
	static final class BufferedResponse extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private int status = HttpServletResponse.SC_OK;

		private PrintWriter writer;

		BufferedResponse() {
			super(detached());
		}

		/** A response that keeps nothing: every call answers its type's default. */
		private static HttpServletResponse detached() {
			return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
					new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> defaultOf(method));
		}

		private static Object defaultOf(Method method) {
			Class<?> type = method.getReturnType();
			if (type == boolean.class) {
				return false;
			}
			if (type == int.class) {
				return 0;
			}
			if (type == long.class) {
				return 0L;
			}
			if (type == String.class) {
				return null;
			}
			if (type == Collection.class) {
				return List.of();
			}
			if (type == Locale.class) {
				return Locale.ROOT;
			}
			return null;
		}

		byte[] bytes() {
			if (this.writer != null) {
				this.writer.flush();
			}
			return this.bytes.toByteArray();
		}

		@Override
		public void setStatus(int status) {
			this.status = status;
		}

		@Override
		public void sendError(int status) {
			this.status = status;
		}

		@Override
		public void sendError(int status, String message) {
			this.status = status;
		}

		@Override
		public int getStatus() {
			return this.status;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			ByteArrayOutputStream target = this.bytes;
			return new ServletOutputStream() {

				@Override
				public void write(int b) {
					target.write(b);
				}

				@Override
				public void write(byte[] buffer, int offset, int length) {
					target.write(buffer, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException("synchronous writes only");
				}

			};
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(new java.io.OutputStreamWriter(this.bytes, StandardCharsets.UTF_8));
			}
			return this.writer;
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void flushBuffer() {
		}

		@Override
		public void resetBuffer() {
			this.bytes.reset();
		}

		@Override
		public void reset() {
			this.bytes.reset();
			this.status = HttpServletResponse.SC_OK;
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

	}

}
