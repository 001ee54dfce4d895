package dev.statsemulator.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Adds the API a request belongs to ({@code control}, {@code tellody},
 * {@code getresponse}, {@code rocketchat}, {@code pushwoosh}, ...) to
 * {@code http.server.requests}, so requests are counted and timed per vendor. The
 * {@code uri} tag stays the route pattern (never the raw path), so the series are
 * bounded.
 */
class ApiRequestObservationConvention extends DefaultServerRequestObservationConvention {

	/**
	 * Tellody's form login: answered by a security filter, so no route pattern is known.
	 */
	private static final String TELLODY_LOGIN = "/CampaignCloud/login";

	/**
	 * The route pattern; Tellody's login, which Spring Security's form login answers
	 * before any controller, is named by its one path instead of {@code UNKNOWN}.
	 */
	@Override
	protected KeyValue uri(ServerRequestObservationContext context) {
		KeyValue uri = super.uri(context);
		if ("UNKNOWN".equals(uri.getValue()) && "POST".equals(context.getCarrier().getMethod())
				&& TELLODY_LOGIN.equals(context.getCarrier().getRequestURI())) {
			return KeyValue.of(uri.getKey(), TELLODY_LOGIN);
		}
		return uri;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context)
			.and(KeyValue.of("api", api(context.getCarrier().getRequestURI(), context.getCarrier().getMethod())));
	}

	static String api(String path, String method) {
		if (path == null) {
			return "other";
		}
		if (path.startsWith("/_emulator/")) {
			return "control";
		}
		if (path.startsWith("/CampaignCloud/") || path.equals("/CampaignCloud")) {
			return "tellody";
		}
		if (path.startsWith("/api/v1/")) {
			return "rocketchat";
		}
		if (path.startsWith("/api/v2/")) {
			return "pushwoosh";
		}
		if (path.equals("/")) {
			return "POST".equals(method) ? "getresponse" : "dashboard";
		}
		if (path.startsWith("/dashboard/") || path.startsWith("/webjars/")) {
			return "dashboard";
		}
		if (path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
			return "docs";
		}
		if (path.startsWith("/actuator/")) {
			return "actuator";
		}
		return "other";
	}

}
