package dev.statsemulator.pushwoosh;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer of messages:list: the number of matching messages and one page of them,
 * newest first.
 *
 * @param total matching messages over all pages
 * @param items this page
 */
record MessagesListResponse(long total, List<Item> items) {

	/**
	 * One message. {@code push_info} for push and SMS messages, {@code email_info} for
	 * emails, only when details or metrics were asked for.
	 *
	 * @param id the message id (number)
	 * @param code the message code
	 * @param createdDate when it was created, UTC
	 * @param sendDate when it was sent, UTC
	 * @param status e.g. done
	 * @param platforms platform names
	 * @param source e.g. API, CP
	 * @param pushInfo push details and metrics
	 * @param emailInfo email details and metrics
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Item(long id, String code, String createdDate, String sendDate, String status, List<String> platforms,
			String source, PushInfo pushInfo, EmailInfo emailInfo) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PushInfo(PushDetails details, List<PushMetrics> metrics) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record PushDetails(String title, String filterName, String filterCode, JsonNode content,
			PlatformParameters platformParameters, boolean followUserTimezone) {
	}

	/** Per-platform settings; the emulator's catalogue holds none, so all are empty. */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record PlatformParameters(String androidHeader, Map<String, String> androidRootParams, String iosTitle,
			String iosSubtitle, Map<String, String> iosRootParams, String chromeHeader,
			Map<String, String> chromeRootParams, String firefoxHeader, Map<String, String> firefoxRootParams,
			List<Object> conditions, String conditionsOperator, Map<String, String> data) {

		static final PlatformParameters NONE = new PlatformParameters("", Map.of(), "", "", Map.of(), "", Map.of(), "",
				Map.of(), List.of(), "AND", Map.of());

	}

	/**
	 * @param platform Pushwoosh platform code (1 iOS, 3 Android, ...)
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record PushMetrics(long sends, long opens, long deliveries, long inboxOpens, long unshowableSends, long errors,
			int platform) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EmailInfo(EmailDetails details, List<EmailMetrics> metrics) {
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record EmailDetails(String template, String filterName, String filterCode, Map<String, String> subject,
			String fromName, String fromEmail, String replyName, String replyEmail, boolean followUserTimezone,
			List<Object> conditions, String conditionsOperator) {
	}

	/**
	 * @param confirmedSends sends the mail server accepted (sends without errors)
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record EmailMetrics(long sends, long opens, long deliveries, long hardBounces, long softBounces, long rejects,
			long confirmedSends, long unsubs, long complaints, long errors) {
	}

}
