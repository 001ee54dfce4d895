package dev.statsemulator.pushwoosh;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.eventstore.BounceType;
import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventLog;
import dev.statsemulator.eventstore.EventSelection;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.pushwoosh.BouncedEmailsResponse.BouncedEmail;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/statistics/emails/bouncedEmails: bounces (hard and soft by bounce type)
 * and complaints of one application.
 */
@RestController
class BouncedEmailsController {

	static final int MAX_PER_PAGE = 5000;

	static final String COMPLAINT = "Complaint";

	static final String SOFT = "Softbounce";

	static final String HARD = "Hardbounce";

	private final EventLog log;

	BouncedEmailsController(EventLog log) {
		this.log = log;
	}

	@PostMapping(PushwooshEndpoints.BOUNCED_EMAILS)
	BouncedEmailsResponse bounced(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		BouncedEmailsRequest request = PushwooshJson.read(PushwooshJson.body(http), BouncedEmailsRequest.class);
		String application = blankToNull(request.application());
		if (application == null) {
			throw PushwooshException.badRequest("application is required");
		}
		if (request.perPage() == null) {
			throw PushwooshException.badRequest("per_page is required");
		}
		if (request.perPage() < 1 || request.perPage() > MAX_PER_PAGE) {
			throw PushwooshException.badRequest("per_page must be between 1 and " + MAX_PER_PAGE);
		}
		int page = (request.page() != null) ? request.page() : 0;
		if (page < 0) {
			throw PushwooshException.badRequest("page must be 0 or more");
		}
		String messageCode = blankToNull(request.messageCode());
		String campaign = blankToNull(request.campaign());
		Instant from = (blankToNull(request.dateFrom()) != null) ? PushwooshTimes.iso("date_from", request.dateFrom())
				: null;
		Instant to = (blankToNull(request.dateTo()) != null) ? PushwooshTimes.iso("date_to", request.dateTo()) : null;
		if (messageCode == null && campaign == null && (from == null || to == null)) {
			throw PushwooshException.badRequest("one of message_code, campaign, or date_from and date_to is required");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw PushwooshException.badRequest("date_to must not be before date_from");
		}
		if (!access.mayRead(application)) {
			throw PushwooshException.applicationDenied(application);
		}
		EventSelection selection = typeSelection(blankToNull(request.type())).withApplications(Set.of(application))
			// Email bounces only: a push or SMS that bounced is no bounced email.
			.withChannels(Set.of(Channel.EMAIL))
			// The event's campaign, else its message's (as the other listings)
			.withCampaign(campaign)
			.withMessages((messageCode != null) ? Set.of(messageCode) : null)
			.between((from != null) ? from.toEpochMilli() : null,
					// date_to is inclusive
					(to != null) ? to.toEpochMilli() + 1 : null);
		long total = this.log.count(access.workspaceId(), selection);
		List<BouncedEmail> rows = this.log
			.list(access.workspaceId(), selection, (long) page * request.perPage(), request.perPage())
			.stream()
			.map((logged) -> row(logged.event()))
			.toList();
		return new BouncedEmailsResponse(total, rows);
	}

	private static EventSelection typeSelection(String type) {
		if (type == null) {
			return EventSelection.of(Set.of(EventType.BOUNCED, EventType.COMPLAINED));
		}
		if (COMPLAINT.equalsIgnoreCase(type)) {
			return EventSelection.of(Set.of(EventType.COMPLAINED));
		}
		boolean hard = HARD.equalsIgnoreCase(type);
		if (!hard && !SOFT.equalsIgnoreCase(type)) {
			throw PushwooshException
				.badRequest("type: invalid value '" + type + "' (use " + COMPLAINT + ", " + SOFT + " or " + HARD + ")");
		}
		Set<BounceType> bounces = EnumSet.noneOf(BounceType.class);
		Arrays.stream(BounceType.values()).filter((bounce) -> bounce.hard() == hard).forEach(bounces::add);
		return EventSelection.of(Set.of(EventType.BOUNCED)).withBounces(bounces);
	}

	private static BouncedEmail row(Event event) {
		String type = (event.type() == EventType.COMPLAINED) ? COMPLAINT
				: (event.bounce() != null && !event.bounce().hard()) ? SOFT : HARD;
		return new BouncedEmail((event.contact() != null) ? event.contact() : "",
				PushwooshTimes.format(PushwooshTimes.MILLIS, event.at()),
				(event.reason() != null) ? event.reason() : "", type);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
