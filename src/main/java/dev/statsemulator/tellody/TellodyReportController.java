package dev.statsemulator.tellody;

import jakarta.servlet.http.HttpServletRequest;

import dev.statsemulator.workspace.Workspace;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report/ContactChart and Report/UniqueCode. The body is read by
 * {@link ReportRequestReader} rather than bound by Spring, so every bad input gets a
 * message that says what to fix.
 */
@RestController
class TellodyReportController {

	static final String CONTACT_CHART = "Report/ContactChart";

	static final String UNIQUE_CODE = "Report/UniqueCode";

	private final ReportRequestReader reader;

	private final TellodyWorkspaces workspaces;

	private final TellodyReportService reports;

	TellodyReportController(ReportRequestReader reader, TellodyWorkspaces workspaces, TellodyReportService reports) {
		this.reader = reader;
		this.workspaces = workspaces;
		this.reports = reports;
	}

	@PostMapping("/CampaignCloud/" + CONTACT_CHART)
	ContactChartResponse contactChart(@AuthenticationPrincipal TellodyUser user, HttpServletRequest request) {
		Workspace workspace = this.workspaces.of(user);
		ReportRequest body = this.reader.read(CONTACT_CHART, request, true);
		return this.reports.contactChart(workspace.id(), CalendarWindow.of(CONTACT_CHART, body, workspace.timezone()));
	}

	/**
	 * Two variants on one path: without {@code window}, totals over any period; with it,
	 * one count per unit of a calendar window.
	 */
	@PostMapping("/CampaignCloud/" + UNIQUE_CODE)
	Object uniqueCode(@AuthenticationPrincipal TellodyUser user, HttpServletRequest request) {
		Workspace workspace = this.workspaces.of(user);
		ReportRequest body = this.reader.read(UNIQUE_CODE, request, false);
		if (body.window() == null) {
			return this.reports.uniqueCodeTotals(workspace.id(), body.from(), body.to());
		}
		return this.reports.uniqueCodeSeries(workspace.id(),
				CalendarWindow.of(UNIQUE_CODE, body, workspace.timezone()));
	}

}
