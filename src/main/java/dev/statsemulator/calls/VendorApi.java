package dev.statsemulator.calls;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.statsemulator.faults.FaultKind;

/**
 * What each vendor module tells the call filter about its API, so the journal and fault
 * injection work without naming a vendor: which requests are its own, which workspace a
 * request's credential belongs to (before the vendor's own chain runs), and how it
 * answers an injected failure.
 */
public interface VendorApi {

	/** tellody, getresponse, rocketchat or pushwoosh. */
	String name();

	/** Whether the request is for this vendor's API (path within the application). */
	boolean owns(String method, String path);

	/**
	 * Whether this vendor's requests carry form bodies that the servlet layer parses as
	 * parameters (then the filter reads them as parameters, not as a stream).
	 */
	default boolean readsFormParameters() {
		return false;
	}

	/**
	 * The workspace whose credential the request carries, without changing the request.
	 * @param request the request
	 * @param body the start of the body (all of it up to the capture limit), or empty for
	 * form requests
	 */
	Optional<String> workspaceOf(HttpServletRequest request, byte[] body);

	/** Answers the request with an injected failure in this vendor's own shape. */
	void writeFailure(FaultKind failure, HttpServletRequest request, byte[] body, HttpServletResponse response)
			throws IOException;

	/** A plain 503, the answer of a load balancer whose backend is down. */
	static void writeUnavailable(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("Retry-After", "1");
		response.getWriter().write("503 Service Unavailable");
	}

}
