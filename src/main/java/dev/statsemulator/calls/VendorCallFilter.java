package dev.statsemulator.calls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.faults.FaultDecision;
import dev.statsemulator.faults.FaultInjection;
import dev.statsemulator.journal.JournalEntry;
import dev.statsemulator.journal.RequestJournal;
import dev.statsemulator.journal.SecretMasking;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every vendor's chain: finds the workspace a call's credential belongs to,
 * applies the workspace's injected faults (a delay, or a failure in the vendor's shape
 * instead of the real answer), and records the call in the journal with its secrets
 * masked.
 */
class VendorCallFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(VendorCallFilter.class);

	/**
	 * How much of a body is read ahead: enough for any credential a body carries and the
	 * journal's largest body limit.
	 */
	static final int CAPTURE_BYTES = 1_048_576;

	private final List<VendorApi> apis;

	private final RequestJournal journal;

	private final FaultInjection faults;

	private final EmulatorClock clock;

	VendorCallFilter(List<VendorApi> apis, RequestJournal journal, FaultInjection faults, EmulatorClock clock) {
		this.apis = List.copyOf(apis);
		this.journal = journal;
		this.faults = faults;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		VendorApi api = vendorOf(request.getMethod(), path);
		if (api == null || (!this.journal.enabled() && !this.faults.any())) {
			chain.doFilter(request, response);
			return;
		}
		Instant wall = Instant.now();
		Instant emulatorNow = this.clock.now();
		long started = System.nanoTime();
		byte[] body;
		HttpServletRequest forwarded;
		String bodyText;
		if (api.readsFormParameters() && isForm(request.getContentType())) {
			body = new byte[0];
			forwarded = request;
			bodyText = formBody(request);
		}
		else {
			body = request.getInputStream().readNBytes(CAPTURE_BYTES);
			forwarded = new ReplayableRequest(request, body);
			bodyText = new String(body, 0, Math.min(body.length, this.journal.maxBodyBytes() + 64),
					StandardCharsets.UTF_8);
		}
		String workspace = resolve(api, request, body).orElse(null);
		FaultDecision decision = (workspace != null && this.faults.any())
				? this.faults.decide(workspace, api.name(), path) : FaultDecision.NONE;
		// Recorded once: before the last byte of an answer with a declared length goes
		// out (see HeldFlushResponse), else when the call ends.
		AtomicBoolean recorded = new AtomicBoolean();
		IntConsumer record = (status) -> {
			if (this.journal.enabled() && recorded.compareAndSet(false, true)) {
				long duration = (System.nanoTime() - started) / 1_000_000;
				this.journal.record(entry(api, workspace, request, path, bodyText, body.length, status, duration,
						emulatorNow, wall, decision.describe()));
			}
		};
		HttpServletResponse held = this.journal.enabled()
				? new HeldFlushResponse(response, () -> record.accept(response.getStatus())) : response;
		int status = 500;
		try {
			if (decision.delayMillis() > 0) {
				sleep(decision.delayMillis());
			}
			if (decision.failure() != null) {
				api.writeFailure(decision.failure(), request, body, held);
			}
			else {
				chain.doFilter(forwarded, held);
			}
			status = response.getStatus();
		}
		finally {
			record.accept(status);
		}
	}

	private JournalEntry entry(VendorApi api, String workspace, HttpServletRequest request, String path,
			String bodyText, long bodyBytes, int status, long duration, Instant emulatorNow, Instant wall,
			String injected) {
		String masked = SecretMasking.body(bodyText);
		int limit = this.journal.maxBodyBytes();
		boolean truncated = bodyBytes > limit || masked.length() > limit;
		if (masked.length() > limit) {
			masked = masked.substring(0, limit);
		}
		return new JournalEntry(this.journal.nextSequence(), workspace, api.name(), request.getMethod(), path,
				SecretMasking.query(request.getQueryString()), SecretMasking.headers(headers(request)),
				masked.isEmpty() ? null : masked, Math.max(bodyBytes, bodyText.length()), truncated, status, duration,
				emulatorNow.toString(), wall.toString(), injected);
	}

	private Optional<String> resolve(VendorApi api, HttpServletRequest request, byte[] body) {
		try {
			return api.workspaceOf(request, body);
		}
		catch (RuntimeException ex) {
			// The vendor's own chain answers whatever is wrong with the credential.
			logger.debug("No workspace for a {} call", api.name(), ex);
			return Optional.empty();
		}
	}

	private VendorApi vendorOf(String method, String path) {
		for (VendorApi api : this.apis) {
			if (api.owns(method, path)) {
				return api;
			}
		}
		return null;
	}

	private static Map<String, List<String>> headers(HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

	private static String formBody(HttpServletRequest request) {
		List<String> pairs = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				pairs.add(name + "=" + value);
			}
		});
		return String.join("&", pairs);
	}

	private static boolean isForm(String contentType) {
		return contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
