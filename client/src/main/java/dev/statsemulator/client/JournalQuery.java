package dev.statsemulator.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which journal entries to list: every part optional, e.g.
 * {@code JournalQuery.all().vendor("getresponse").status(200)}.
 *
 * @param vendor only this vendor
 * @param pathPrefix only paths starting with this
 * @param status only this HTTP status
 * @param from only calls at or after this instant (wall clock)
 * @param to only calls before this instant
 * @param injected only calls with (true) or without (false) an injected fault
 * @param limit at most this many of the newest (default 100)
 */
public record JournalQuery(String vendor, String pathPrefix, Integer status, Instant from, Instant to, Boolean injected,
		Integer limit) {

	public static JournalQuery all() {
		return new JournalQuery(null, null, null, null, null, null, null);
	}

	public JournalQuery vendor(String vendor) {
		return new JournalQuery(vendor, this.pathPrefix, this.status, this.from, this.to, this.injected, this.limit);
	}

	public JournalQuery path(String pathPrefix) {
		return new JournalQuery(this.vendor, pathPrefix, this.status, this.from, this.to, this.injected, this.limit);
	}

	public JournalQuery status(int status) {
		return new JournalQuery(this.vendor, this.pathPrefix, status, this.from, this.to, this.injected, this.limit);
	}

	public JournalQuery between(Instant from, Instant to) {
		return new JournalQuery(this.vendor, this.pathPrefix, this.status, from, to, this.injected, this.limit);
	}

	public JournalQuery injected(boolean injected) {
		return new JournalQuery(this.vendor, this.pathPrefix, this.status, this.from, this.to, injected, this.limit);
	}

	public JournalQuery limit(int limit) {
		return new JournalQuery(this.vendor, this.pathPrefix, this.status, this.from, this.to, this.injected, limit);
	}

	String queryString(boolean withLimit) {
		List<String> parts = new ArrayList<>();
		add(parts, "vendor", this.vendor);
		add(parts, "path", this.pathPrefix);
		add(parts, "status", this.status);
		add(parts, "from", this.from);
		add(parts, "to", this.to);
		add(parts, "injected", this.injected);
		if (withLimit) {
			add(parts, "limit", this.limit);
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private static void add(List<String> parts, String name, Object value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
