package dev.statsemulator.pushwoosh;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v2/statistics/messages/totalsByIntervals: a message's counts per UTC hour and
 * platform, and its conversion events ({@link TotalsByIntervalsService}).
 */
@RestController
class TotalsByIntervalsController {

	private final TotalsByIntervalsService totals;

	TotalsByIntervalsController(TotalsByIntervalsService totals) {
		this.totals = totals;
	}

	@PostMapping(PushwooshEndpoints.TOTALS_BY_INTERVALS)
	TotalsByIntervalsResponse totals(HttpServletRequest http, @AuthenticationPrincipal PushwooshAccess access) {
		TotalsByIntervalsRequest request = PushwooshJson.read(PushwooshJson.body(http), TotalsByIntervalsRequest.class);
		return this.totals.totals(request, access);
	}

}
