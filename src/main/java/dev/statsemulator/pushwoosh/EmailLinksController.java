package dev.statsemulator.pushwoosh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.EventLog;
import dev.statsemulator.eventstore.EventSelection;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.LinkClicks;
import dev.statsemulator.pushwoosh.EmailLinksRequest.Filters;
import dev.statsemulator.pushwoosh.EmailLinksResponses.Device;
import dev.statsemulator.pushwoosh.EmailLinksResponses.Devices;
import dev.statsemulator.pushwoosh.EmailLinksResponses.FullLink;
import dev.statsemulator.pushwoosh.EmailLinksResponses.Interactions;
import dev.statsemulator.pushwoosh.EmailLinksResponses.Link;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/statistics/emails/linksInteractions and linksInteractionsDevices: clicks
 * on links in emails, per link and per click.
 */
@RestController
class EmailLinksController {

	static final int MAX_PER_PAGE = 1000;

	static final int DEFAULT_PER_PAGE = 100;

	private final EventLog log;

	EmailLinksController(EventLog log) {
		this.log = log;
	}

	@PostMapping(PushwooshEndpoints.LINKS_INTERACTIONS)
	Interactions interactions(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		EmailLinksRequest request = PushwooshJson.read(PushwooshJson.body(http), EmailLinksRequest.class);
		EventSelection selection = selection(request, access);
		boolean withFullLinks = request.params() != null && Boolean.TRUE.equals(request.params().withFullLinks());
		// Group the exact links by (email template, template form of the link).
		Map<List<String>, Map<String, Long>> groups = new LinkedHashMap<>();
		for (LinkClicks clicks : this.log.templateLinkClicks(access.workspaceId(), selection)) {
			List<String> key = List.of((clicks.messageTemplate() != null) ? clicks.messageTemplate() : "",
					templateForm(clicks.link()));
			groups.computeIfAbsent(key, (k) -> new HashMap<>()).merge(clicks.link(), clicks.clicks(), Long::sum);
		}
		List<Link> items = new ArrayList<>();
		groups.forEach((key, links) -> {
			long total = links.values().stream().mapToLong(Long::longValue).sum();
			List<FullLink> fullLinks = withFullLinks ? links.entrySet()
				.stream()
				.map((entry) -> new FullLink(entry.getKey(), entry.getValue()))
				.sorted(Comparator.comparingLong(FullLink::clicks).reversed().thenComparing(FullLink::fullLink))
				.toList() : List.of();
			items.add(new Link(key.get(0), key.get(1), "", total, fullLinks));
		});
		items.sort(Comparator.comparingLong(Link::clicks)
			.reversed()
			.thenComparing(Link::link)
			.thenComparing(Link::template));
		return new Interactions(items);
	}

	@PostMapping(PushwooshEndpoints.LINKS_INTERACTIONS_DEVICES)
	Devices devices(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		EmailLinksRequest request = PushwooshJson.read(PushwooshJson.body(http), EmailLinksRequest.class);
		int perPage = (request.perPage() == null || request.perPage() == 0) ? DEFAULT_PER_PAGE : request.perPage();
		int page = (request.page() != null) ? request.page() : 0;
		if (perPage < 0 || perPage > MAX_PER_PAGE) {
			throw PushwooshException.badRequest("per_page must be between 1 and " + MAX_PER_PAGE);
		}
		if (page < 0) {
			throw PushwooshException.badRequest("page must be 0 or more");
		}
		EventSelection selection = selection(request, access);
		long total = this.log.count(access.workspaceId(), selection);
		List<Device> items = this.log.list(access.workspaceId(), selection, (long) page * perPage, perPage)
			.stream()
			.map((logged) -> new Device(PushwooshTimes.format(PushwooshTimes.SECONDS, logged.event().at()),
					logged.event().link(), (logged.event().contact() != null) ? logged.event().contact() : ""))
			.toList();
		return new Devices(total, items);
	}

	/** The URL without its query string and fragment. */
	static String templateForm(String link) {
		int end = link.length();
		int query = link.indexOf('?');
		int fragment = link.indexOf('#');
		if (query >= 0) {
			end = query;
		}
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return link.substring(0, end);
	}

	/** The email clicks the filters select, among the applications the token may read. */
	private EventSelection selection(EmailLinksRequest request, PushwooshAccess access) {
		Filters filters = request.filters();
		if (filters == null) {
			throw PushwooshException.badRequest("filters is required");
		}
		String application = blankToNull(filters.application());
		String campaign = blankToNull(filters.campaign());
		boolean byIds = filters.messagesIds() != null && !filters.messagesIds().isEmpty();
		boolean byCodes = filters.messagesCodes() != null && !filters.messagesCodes().isEmpty();
		if (application == null && campaign == null && !byIds && !byCodes) {
			throw PushwooshException.badRequest(
					"one of filters.application, filters.campaign, filters.messages_ids or filters.messages_codes is required");
		}
		String linkTemplate = blankToNull(filters.linkTemplate());
		if ((application != null || campaign != null) && linkTemplate == null) {
			throw PushwooshException
				.badRequest("filters.link_template is required with filters.application or filters.campaign");
		}
		if (application != null && !access.mayRead(application)) {
			throw PushwooshException.applicationDenied(application);
		}
		Long from = null;
		Long to = null;
		if (filters.dateRange() != null) {
			if (blankToNull(filters.dateRange().dateFrom()) != null) {
				from = PushwooshTimes.dayStart("filters.date_range.date_from", filters.dateRange().dateFrom())
					.toEpochMilli();
			}
			if (blankToNull(filters.dateRange().dateTo()) != null) {
				to = PushwooshTimes.dayEnd("filters.date_range.date_to", filters.dateRange().dateTo()).toEpochMilli();
			}
		}
		ListFilters.check("filters.messages_codes", filters.messagesCodes());
		ListFilters.check("filters.messages_ids", filters.messagesIds());
		Set<String> codes = byCodes
				? Set.copyOf(filters.messagesCodes().stream().filter((code) -> code != null).toList()) : null;
		Set<Long> ids = byIds ? Set.copyOf(filters.messagesIds().stream().filter((id) -> id != null).toList()) : null;
		EventSelection selection = EventSelection.of(Set.of(EventType.CLICKED))
			.withChannels(Set.of(Channel.EMAIL))
			.withApplications((application != null) ? Set.of(application) : access.applications())
			.withMessages(codes)
			.withMessageNumbers(ids)
			// The click's campaign, else its message's (as getMessageLog and counts)
			.withCampaign(campaign)
			.withMessageTemplate(blankToNull(filters.template()))
			.withLinkOnly()
			.between(from, to);
		return (linkTemplate != null) ? selection.withLinkTemplate(linkTemplate) : selection;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
