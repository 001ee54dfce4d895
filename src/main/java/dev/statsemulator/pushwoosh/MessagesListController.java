package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.eventstore.CatalogueMessage;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.pushwoosh.MessagesListRequest.Filters;
import dev.statsemulator.pushwoosh.MessagesListResponse.EmailDetails;
import dev.statsemulator.pushwoosh.MessagesListResponse.EmailInfo;
import dev.statsemulator.pushwoosh.MessagesListResponse.EmailMetrics;
import dev.statsemulator.pushwoosh.MessagesListResponse.Item;
import dev.statsemulator.pushwoosh.MessagesListResponse.PlatformParameters;
import dev.statsemulator.pushwoosh.MessagesListResponse.PushDetails;
import dev.statsemulator.pushwoosh.MessagesListResponse.PushInfo;
import dev.statsemulator.pushwoosh.MessagesListResponse.PushMetrics;
import dev.statsemulator.workspace.Accounts.PushwooshAccess;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v2/messages:list: the message catalogue of one application. */
@RestController
class MessagesListController {

	static final int MAX_PER_PAGE = 1000;

	static final int DEFAULT_PER_PAGE = 20;

	static final List<String> SOURCES = List.of("AB_TEST", "API", "AUTO_PUSH", "CP", "CSV", "CUSTOMER_JOURNEY",
			"EMAIL_API", "EMAIL_CP", "GEO_ZONE", "PUSH_ON_EVENT", "RSS");

	/** The platforms messages:list filters by (the vendor's list has no WhatsApp). */
	static final List<PushwooshPlatform> PLATFORMS = Arrays.stream(PushwooshPlatform.values())
		.filter((platform) -> platform != PushwooshPlatform.WHATSAPP)
		.toList();

	private final EventStore events;

	private final PushwooshMetrics metrics;

	MessagesListController(EventStore events, PushwooshMetrics metrics) {
		this.events = events;
		this.metrics = metrics;
	}

	@PostMapping(PushwooshEndpoints.MESSAGES_LIST)
	MessagesListResponse list(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		MessagesListRequest request = PushwooshJson.read(PushwooshJson.body(http), MessagesListRequest.class);
		Filters filters = request.filters();
		if (filters == null) {
			throw PushwooshException.badRequest("filters: value is required");
		}
		if (filters.application() == null || filters.application().isBlank()) {
			throw PushwooshException.badRequest("filters.application: value is required");
		}
		int perPage = (request.perPage() == null || request.perPage() == 0) ? DEFAULT_PER_PAGE : request.perPage();
		int page = (request.page() != null) ? request.page() : 0;
		if (perPage < 0 || perPage > MAX_PER_PAGE) {
			throw PushwooshException.badRequest("per_page: value must be between 0 and " + MAX_PER_PAGE);
		}
		if (page < 0) {
			throw PushwooshException.badRequest("page: value must be greater than or equal to 0");
		}
		if (!access.mayRead(filters.application())) {
			throw PushwooshException.applicationDenied(filters.application());
		}
		MessageFilter matcher = MessageFilter.of(filters);
		List<CatalogueMessage> matching = this.events.messagesOfApplication(access.workspaceId(), filters.application())
			.stream()
			.filter(matcher::matches)
			.sorted(Comparator.comparing(MessagesListController::sendDate)
				.thenComparingLong(CatalogueMessage::number)
				.reversed())
			.toList();
		boolean withDetails = request.params() != null && Boolean.TRUE.equals(request.params().withDetails());
		boolean withMetrics = request.params() != null && Boolean.TRUE.equals(request.params().withMetrics());
		List<CatalogueMessage> shown = matching.stream().skip((long) page * perPage).limit(perPage).toList();
		// The page's metrics: a fixed number of queries for all its messages.
		Map<String, List<PushMetrics>> pushMetrics = Map.of();
		Map<String, List<EmailMetrics>> emailMetrics = Map.of();
		if (withMetrics) {
			Set<String> emails = shown.stream()
				.filter(MessagesListController::isEmail)
				.map(CatalogueMessage::id)
				.collect(Collectors.toSet());
			Set<String> pushes = shown.stream()
				.filter((message) -> !isEmail(message))
				.map(CatalogueMessage::id)
				.collect(Collectors.toSet());
			pushMetrics = pushes.isEmpty() ? Map.of() : this.metrics.push(access.workspaceId(), pushes);
			emailMetrics = emails.isEmpty() ? Map.of() : this.metrics.email(access.workspaceId(), emails);
		}
		List<Item> items = new ArrayList<>();
		for (CatalogueMessage message : shown) {
			items.add(item(message, withDetails, withMetrics, pushMetrics.getOrDefault(message.id(), List.of()),
					emailMetrics.getOrDefault(message.id(), List.of())));
		}
		return new MessagesListResponse(matching.size(), items);
	}

	private static boolean isEmail(CatalogueMessage message) {
		return "email".equals(message.channel());
	}

	private static Item item(CatalogueMessage message, boolean withDetails, boolean withMetrics,
			List<PushMetrics> pushMetrics, List<EmailMetrics> emailMetrics) {
		PushInfo push = null;
		EmailInfo emailInfo = null;
		if (withDetails || withMetrics) {
			if (isEmail(message)) {
				emailInfo = new EmailInfo(withDetails ? emailDetails(message) : null,
						withMetrics ? emailMetrics : null);
			}
			else {
				push = new PushInfo(withDetails ? pushDetails(message) : null, withMetrics ? pushMetrics : null);
			}
		}
		return new Item(message.number(), message.id(),
				PushwooshTimes.format(PushwooshTimes.SPACED, message.createdAt()),
				PushwooshTimes.format(PushwooshTimes.SPACED, sendDate(message)),
				(message.status() != null) ? message.status() : "done",
				message.platforms()
					.stream()
					.map((platform) -> PushwooshPlatform.ofEmulatorCode(platform)
						.map(PushwooshPlatform::enumName)
						.orElse(platform))
					.toList(),
				MessageFilter.sourceOf(message), push, emailInfo);
	}

	private static PushDetails pushDetails(CatalogueMessage message) {
		return new PushDetails(nonNull(message.title()), "", "",
				(message.content() != null) ? message.content() : PushwooshJson.MAPPER.createObjectNode(),
				PlatformParameters.NONE, false);
	}

	private static EmailDetails emailDetails(CatalogueMessage message) {
		return new EmailDetails(nonNull(message.template()), "", "",
				(message.subject() != null) ? Map.of("default", message.subject()) : Map.of(), "", "", "", "", false,
				List.of(), "AND");
	}

	/** When the message was sent: its send time, else its creation. */
	static Instant sendDate(CatalogueMessage message) {
		return (message.sendAt() != null) ? message.sendAt() : message.createdAt();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/** The filters of a request, validated, as a predicate on catalogue messages. */
	record MessageFilter(String application, Set<String> platforms, Instant from, Instant to, String source,
			String campaign, Set<Long> ids, Set<String> codes) {

		static MessageFilter of(Filters filters) {
			ListFilters.check("filters.platforms", filters.platforms());
			ListFilters.check("filters.messages_ids", filters.messagesIds());
			ListFilters.check("filters.messages_codes", filters.messagesCodes());
			Set<String> platforms = null;
			if (filters.platforms() != null && !filters.platforms().isEmpty()) {
				platforms = new HashSet<>();
				for (String name : filters.platforms()) {
					platforms.add(PLATFORMS.stream()
						.filter((platform) -> platform.enumName().equals(name))
						.findFirst()
						.orElseThrow(() -> PushwooshException.badRequest("filters.platforms: invalid value '" + name
								+ "' (use "
								+ PLATFORMS.stream().map(PushwooshPlatform::enumName).collect(Collectors.joining(", "))
								+ ")"))
						.emulatorCode());
				}
			}
			Instant from = null;
			Instant to = null;
			if (filters.dateRange() != null) {
				if (filters.dateRange().dateFrom() != null && !filters.dateRange().dateFrom().isEmpty()) {
					from = PushwooshTimes.dayStart("filters.date_range.date_from", filters.dateRange().dateFrom());
				}
				if (filters.dateRange().dateTo() != null && !filters.dateRange().dateTo().isEmpty()) {
					to = PushwooshTimes.dayEnd("filters.date_range.date_to", filters.dateRange().dateTo());
				}
			}
			String source = (filters.source() != null && !filters.source().isEmpty()) ? filters.source() : null;
			if (source != null && !SOURCES.contains(source)) {
				throw PushwooshException.badRequest(
						"filters.source: invalid value '" + source + "' (use " + String.join(", ", SOURCES) + ")");
			}
			return new MessageFilter(filters.application(), platforms, from, to, source,
					(filters.campaign() != null && !filters.campaign().isEmpty()) ? filters.campaign() : null,
					emptyToNull(filters.messagesIds()), emptyToNull(filters.messagesCodes()));
		}

		boolean matches(CatalogueMessage message) {
			Instant sent = sendDate(message);
			return this.application.equals(message.application())
					&& (this.platforms == null || message.platforms().stream().anyMatch(this.platforms::contains))
					&& (this.from == null || !sent.isBefore(this.from)) && (this.to == null || sent.isBefore(this.to))
					&& (this.source == null || this.source.equals(sourceOf(message)))
					&& (this.campaign == null || this.campaign.equals(message.campaign()))
					&& (this.ids == null || this.ids.contains(message.number()))
					&& (this.codes == null || this.codes.contains(message.id()));
		}

		/**
		 * The message's source; API (EMAIL_API for emails) when it was not registered.
		 */
		static String sourceOf(CatalogueMessage message) {
			if (message.source() != null) {
				return message.source();
			}
			return "email".equals(message.channel()) ? "EMAIL_API" : "API";
		}

		private static <T> Set<T> emptyToNull(List<T> values) {
			return (values == null || values.isEmpty()) ? null
					: values.stream().filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		}

	}

}
