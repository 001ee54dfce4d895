package dev.statsemulator.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.statsemulator.journal.JournalEntry;
import dev.statsemulator.journal.JournalFilter;
import dev.statsemulator.journal.RequestJournal;
import dev.statsemulator.workspace.WorkspaceService;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request journal: what clients sent to the vendor APIs, per workspace, and the calls
 * that matched no workspace.
 */
@RestController
@RequestMapping("/_emulator/v1")
class JournalController {

	private static final int DEFAULT_LIMIT = 100;

	private final RequestJournal journal;

	private final WorkspaceService workspaces;

	JournalController(RequestJournal journal, WorkspaceService workspaces) {
		this.journal = journal;
		this.workspaces = workspaces;
	}

	/**
	 * A page of the journal: the newest {@code limit} matching calls, oldest first.
	 *
	 * @param enabled whether the journal records calls (emulator.journal.enabled)
	 * @param total how many recorded calls match the filter
	 * @param entries the calls
	 */
	record JournalPage(boolean enabled, int total, List<JournalEntry> entries) {
	}

	@GetMapping("/workspaces/{id}/journal")
	JournalPage list(@PathVariable String id, @RequestParam Map<String, String> query) {
		this.workspaces.require(id);
		return page(id, query);
	}

	@GetMapping("/workspaces/{id}/journal/count")
	Map<String, Integer> count(@PathVariable String id, @RequestParam Map<String, String> query) {
		this.workspaces.require(id);
		return Map.of("count", this.journal.count(id, filter(query)));
	}

	@DeleteMapping("/workspaces/{id}/journal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear(@PathVariable String id) {
		this.workspaces.require(id);
		this.journal.clear(id);
	}

	@GetMapping("/journal/unmatched")
	JournalPage unmatched(@RequestParam Map<String, String> query) {
		return page(null, query);
	}

	@GetMapping("/journal/unmatched/count")
	Map<String, Integer> unmatchedCount(@RequestParam Map<String, String> query) {
		return Map.of("count", this.journal.count(null, filter(query)));
	}

	@DeleteMapping("/journal/unmatched")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearUnmatched() {
		this.journal.clear(null);
	}

	private JournalPage page(String workspaceId, Map<String, String> query) {
		JournalFilter filter = filter(query);
		int limit = DEFAULT_LIMIT;
		if (query.containsKey("limit")) {
			limit = integer(query.get("limit"), "limit");
			if (limit < 1) {
				throw new BadRequestException("limit must be 1 or more");
			}
		}
		return new JournalPage(this.journal.enabled(), this.journal.count(workspaceId, filter),
				this.journal.list(workspaceId, filter, limit));
	}

	private static JournalFilter filter(Map<String, String> query) {
		for (String name : query.keySet()) {
			if (!List.of("vendor", "path", "status", "from", "to", "injected", "limit").contains(name)) {
				throw new BadRequestException("Unknown parameter '" + name
						+ "': filter with vendor, path (a prefix), status, from, to, injected; page with limit");
			}
		}
		String injected = query.get("injected");
		if (injected != null && !injected.equals("true") && !injected.equals("false")) {
			throw new BadRequestException("injected must be true or false");
		}
		return new JournalFilter(query.get("vendor"), query.get("path"),
				query.containsKey("status") ? integer(query.get("status"), "status") : null,
				instant(query.get("from"), "from"), instant(query.get("to"), "to"),
				(injected != null) ? Boolean.valueOf(injected) : null);
	}

	private static int integer(String value, String name) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(name + " must be a whole number, got '" + value + "'");
		}
	}

	private static Instant instant(String value, String name) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value.trim());
		}
		catch (RuntimeException ex) {
			throw new BadRequestException(name + " must be an ISO-8601 instant such as 2024-08-03T15:04:05Z");
		}
	}

}
