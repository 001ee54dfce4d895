package dev.statsemulator.benchmark;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Each vendor's heaviest realistic queries, as its clients send them, each with the naive
 * SQL that answers the same question from the raw events (a GROUP BY over the
 * {@code event} table, in the workspace's time zone).
 */
final class QueryCatalogue {

	static final long YEAR_FROM = millis(TrafficModel.FIRST_DAY);

	static final long YEAR_TO = millis(TrafficModel.FIRST_DAY.plusYears(1));

	static final long DECEMBER_FROM = millis(LocalDate.of(2024, 12, 1));

	/** Rocket.Chat compares December with the 31 days before it. */
	static final long PREVIOUS_PERIOD_FROM = millis(LocalDate.of(2024, 10, 31));

	/** The last 90 local days of 2024, in UTC as Rocket.Chat's dashboard sends them. */
	static final String NINETY_DAYS_START = java.time.Instant.ofEpochMilli(millis(LocalDate.of(2024, 10, 3)))
		.toString()
		.replace("Z", ".000Z");

	static final String NINETY_DAYS_END = "2024-12-31T21:59:59.999Z";

	/** The 90 days before them, which the endpoint compares with. */
	static final long NINETY_DAYS_BEFORE_FROM = millis(LocalDate.of(2024, 10, 3).minusDays(90));

	private static final String DECEMBER_UTC = "?start=2024-11-30T22:00:00.000Z&end=2024-12-31T21:59:59.999Z";

	private static final long YEAR_UTC_FROM = java.time.Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

	private static final long YEAR_UTC_TO = java.time.Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

	/** The emulator clock of the benchmark. */
	static final long NOW = java.time.Instant.parse("2025-01-01T12:00:00Z").toEpochMilli();

	private static final String ZONE = TrafficModel.ZONE.getId();

	/**
	 * A query: its name, the request a client sends, a text every good answer holds, the
	 * naive SQL with its parameters (null when there is none), and for a listing the text
	 * that each of its rows holds once (null for an aggregate).
	 */
	record Query(String name, Function<BenchWorkspace, HttpRequest> request, String expect, String naiveLabel,
			String naiveSql, Function<BenchWorkspace, Object[]> naiveParameters, String rowMarker) {

		Query(String name, Function<BenchWorkspace, HttpRequest> request, String expect, String naiveLabel,
				String naiveSql, Function<BenchWorkspace, Object[]> naiveParameters) {
			this(name, request, expect, naiveLabel, naiveSql, naiveParameters, null);
		}

		/** An aggregate without a naive SQL to compare with. */
		Query(String name, Function<BenchWorkspace, HttpRequest> request, String expect) {
			this(name, request, expect, "-", null, null, null);
		}

		/** Whether the 100x-faster-than-naive target applies (not to a raw listing). */
		boolean aggregate() {
			return this.naiveLabel.equals(NAIVE) && this.naiveSql != null;
		}

		/** Whether the answer is a listing of rows (cost per row) rather than counts. */
		boolean listing() {
			return this.rowMarker != null;
		}

		/** How many rows an answer lists (0 for an aggregate). */
		long rows(String answer) {
			if (this.rowMarker == null) {
				return 0;
			}
			long rows = 0;
			for (int at = answer.indexOf(this.rowMarker); at >= 0; at = answer.indexOf(this.rowMarker,
					at + this.rowMarker.length())) {
				rows++;
			}
			return rows;
		}

	}

	static final String NAIVE = "naive GROUP BY";

	private QueryCatalogue() {
	}

	static List<Query> all(String adminToken) {
		String opened = "SELECT %s, COUNT(*) FROM event WHERE workspace_id = ? AND type = 'opened' "
				+ "AND at_ms >= ? AND at_ms < ? GROUP BY 1";
		String contacts = "SELECT type, %s, COUNT(*) FROM event WHERE workspace_id = ? AND at_ms >= ? AND at_ms < ? "
				+ "AND type IN ('contact_added', 'group_added', 'optout_completed', 'contact_served') GROUP BY 1, 2";
		String codes = "SELECT type, channel, %s, COUNT(*) FROM event WHERE workspace_id = ? AND at_ms >= ? "
				+ "AND at_ms < ? AND (type IN ('downloaded', 'optout_requested', 'clicked', 'voucher_viewed') "
				+ "OR (type = 'sent' AND channel IN ('sms', 'email'))) GROUP BY 1, 2, 3";
		// The 19 counters: by type, bounce type and handled flag, plus first opens,
		// clicks
		// and goals per contact.
		String messageStats = "SELECT type, bounce, handled, %1$s, COUNT(*) FROM event WHERE workspace_id = ? "
				+ "AND message = ? GROUP BY 1, 2, 3, 4 UNION ALL SELECT type, NULL, NULL, %2$s, COUNT(*) FROM "
				+ "(SELECT type, contact, MIN(at_ms) AS at_ms FROM event WHERE workspace_id = ? AND message = ? "
				+ "AND type IN ('opened', 'clicked', 'goal') AND contact IS NOT NULL GROUP BY 1, 2) f GROUP BY 1, 4";
		BiFunction<BenchWorkspace, Long, Object[]> range = (workspace,
				from) -> new Object[] { workspace.id(), from, YEAR_TO };
		Function<BenchWorkspace, Object[]> newsletter = (workspace) -> new Object[] { workspace.id(),
				workspace.traffic().busiestNewsletter(), workspace.id(), workspace.traffic().busiestNewsletter() };
		return List.of(
				new Query("control stats: opened, a year by day",
						(w) -> w.control(adminToken, "/stats?type=opened&from=2024-01-01&to=2025-01-01&unit=day"),
						"\"buckets\"", NAIVE, opened.formatted(local("day")), (w) -> range.apply(w, YEAR_FROM)),
				new Query("control stats: opened, a month by hour",
						(w) -> w.control(adminToken, "/stats?type=opened&from=2024-12-01&to=2025-01-01&unit=hour"),
						"\"buckets\"", NAIVE, opened.formatted(local("hour")), (w) -> range.apply(w, DECEMBER_FROM)),
				new Query("Tellody ContactChart: a year by month",
						(w) -> w.tellody("ContactChart", tellodyWindow(YEAR_FROM, "month", "year")), "contactsAdded",
						NAIVE, contacts.formatted(local("month")), (w) -> range.apply(w, YEAR_FROM)),
				new Query("Tellody ContactChart: a year by day",
						(w) -> w.tellody("ContactChart", tellodyWindow(YEAR_FROM, "day", "year")), "contactsAdded",
						NAIVE, contacts.formatted(local("day")), (w) -> range.apply(w, YEAR_FROM)),
				new Query("Tellody UniqueCode: a month by hour",
						(w) -> w.tellody("UniqueCode", tellodyWindow(DECEMBER_FROM, "hour", "month")), "EMAIL_SENT",
						NAIVE, codes.formatted(local("hour")), (w) -> range.apply(w, DECEMBER_FROM)),
				new Query("GetResponse get_message_stats: busiest, hourly",
						(w) -> w.getResponse("get_message_stats",
								"{\"message\": \"" + w.traffic().busiestNewsletter() + "\", \"grouping\": \"hourly\"}"),
						"\"result\"", NAIVE, messageStats.formatted(local("hour"), local("hour")), newsletter),
				new Query("GetResponse get_message_stats: busiest, daily",
						(w) -> w.getResponse("get_message_stats",
								"{\"message\": \"" + w.traffic().busiestNewsletter() + "\", \"grouping\": \"daily\"}"),
						"\"result\"", NAIVE, messageStats.formatted(local("day"), local("day")), newsletter),
				new Query("Rocket.Chat messages-sent: a month",
						(w) -> w.rocketChat("engagement-dashboard/messages/messages-sent"
								+ "?start=2024-11-30T22:00:00.000Z&end=2024-12-31T21:59:59.999Z"),
						"\"period\"", NAIVE,
						"SELECT " + local("day") + ", COUNT(*) FROM event WHERE workspace_id = ? "
								+ "AND type = 'chat_message' AND at_ms >= ? AND at_ms < ? GROUP BY 1",
						(w) -> range.apply(w, PREVIOUS_PERIOD_FROM)),
				new Query("Pushwoosh totalsByIntervals: busiest push",
						(w) -> w.pushwoosh("statistics/messages/totalsByIntervals",
								"{\"message_code\": \"" + w.traffic().busiestPush() + "\"}"),
						"\"metrics\"", NAIVE,
						"SELECT date_trunc('hour', to_timestamp(at_ms / 1000.0) AT TIME ZONE 'UTC'), platform, type, "
								+ "status, name, COUNT(*), SUM(revenue) FROM event WHERE workspace_id = ? AND message = ? "
								+ "GROUP BY 1, 2, 3, 4, 5",
						(w) -> new Object[] { w.id(), w.traffic().busiestPush() }),
				new Query("Pushwoosh getMessageLog: busiest push, limit 1000",
						(w) -> w.pushwoosh("statistics/getMessageLog",
								"{\"message_code\": \"" + w.traffic().busiestPush() + "\", \"limit\": 1000}"),
						"\"pagination_token\"", "the same SELECT over JDBC",
						"SELECT e.*, m.number, m.campaign FROM event e LEFT JOIN message m ON m.workspace_id = "
								+ "e.workspace_id AND m.id = e.message WHERE e.workspace_id = ? AND e.message = ? "
								+ "AND e.type IN ('sent', 'delivered', 'opened', 'inbox_delivered', 'inbox_read', "
								+ "'inbox_opened', 'inbox_deleted') AND e.application IN (?, ?) "
								+ "ORDER BY e.at_ms, e.seq LIMIT 1000",
						(w) -> new Object[] { w.id(), w.traffic().busiestPush(), TrafficModel.PUSH_APP,
								TrafficModel.EMAIL_APP },
						"\"action\""),
				// The busiest message has 1000 rows for the page only in the large
				// workspace (238 in the 10,000-event one); a campaign's first page is
				// full in both, so this compares like with like.
				new Query("Pushwoosh getMessageLog: a campaign's first 1000 rows", (w) -> largeMessageLogPage(w, 1000),
						"\"pagination_token\"", "the same SELECT over JDBC",
						"SELECT e.*, m.number, m.campaign, m.application FROM event e LEFT JOIN message m "
								+ "ON m.workspace_id = e.workspace_id AND m.id = e.message WHERE e.workspace_id = ? "
								+ "AND COALESCE(e.campaign, m.campaign) = ? AND e.type IN ('sent', 'delivered', "
								+ "'opened', 'inbox_delivered', 'inbox_read', 'inbox_opened', 'inbox_deleted') "
								+ "AND COALESCE(e.application, m.application) IN (?, ?) ORDER BY e.at_ms, e.seq LIMIT 1000",
						(w) -> new Object[] { w.id(), TrafficModel.PUSH_CAMPAIGN, TrafficModel.PUSH_APP,
								TrafficModel.EMAIL_APP },
						"\"action\""),
				new Query("Rocket.Chat messages-sent: 90 days", QueryCatalogue::rocketChatNinetyDays, "\"period\"",
						NAIVE,
						"SELECT " + local("day") + ", COUNT(*) FROM event WHERE workspace_id = ? "
								+ "AND type = 'chat_message' AND at_ms >= ? AND at_ms < ? GROUP BY 1",
						(w) -> range.apply(w, NINETY_DAYS_BEFORE_FROM)),
				new Query("Rocket.Chat origin: a month",
						(w) -> w.rocketChat("engagement-dashboard/messages/origin" + DECEMBER_UTC), "\"origins\"",
						NAIVE,
						"SELECT room_type, COUNT(*) FROM event WHERE workspace_id = ? AND type = 'chat_message' "
								+ "AND at_ms >= ? AND at_ms < ? GROUP BY 1",
						(w) -> range.apply(w, DECEMBER_FROM)),
				new Query("Rocket.Chat top five channels: a month",
						(w) -> w.rocketChat("engagement-dashboard/messages/top-five-popular-channels" + DECEMBER_UTC),
						"\"channels\"", NAIVE,
						"SELECT room_id, room_name, room_type, COUNT(*) FROM event WHERE workspace_id = ? "
								+ "AND type = 'chat_message' AND at_ms >= ? AND at_ms < ? GROUP BY 1, 2, 3 "
								+ "ORDER BY 4 DESC LIMIT 5",
						(w) -> range.apply(w, DECEMBER_FROM)),
				new Query("Tellody UserInfo: credits spent", (w) -> w.tellodyGet("UserInfo"), "\"creditsSpent\"", NAIVE,
						"SELECT COUNT(*) FROM event WHERE workspace_id = ? AND type = 'sent' "
								+ "AND channel IN ('sms', 'email') AND at_ms < ?",
						(w) -> new Object[] { w.id(), NOW }),
				new Query("Pushwoosh messages:list: 20 newest, with metrics",
						(w) -> w.pushwoosh("messages:list",
								"{\"filters\": {\"application\": \"" + TrafficModel.PUSH_APP
										+ "\"}, \"params\": {\"with_metrics\": true}, \"per_page\": 20, \"page\": 0}"),
						"\"items\""),
				new Query("Pushwoosh linksInteractions: the email application",
						(w) -> w.pushwoosh("statistics/emails/linksInteractions",
								"{\"filters\": {\"application\": \"" + TrafficModel.EMAIL_APP
										+ "\", \"link_template\": \"https://shop.example.com/*\"}, "
										+ "\"params\": {\"with_full_links\": true}}"),
						"\"full_links\"", NAIVE,
						"SELECT message, regexp_replace(link, '[?#].*$', ''), link, COUNT(*) FROM event "
								+ "WHERE workspace_id = ? AND type = 'clicked' AND application = ? "
								+ "AND link LIKE 'https://shop.example.com/%' GROUP BY 1, 2, 3",
						(w) -> new Object[] { w.id(), TrafficModel.EMAIL_APP }),
				new Query("Pushwoosh bouncedEmails: 2024, 1000 a page",
						(w) -> w.pushwoosh("statistics/emails/bouncedEmails", "{\"application\": \""
								+ TrafficModel.EMAIL_APP + "\", \"date_from\": \"2024-01-01T00:00:00.000Z\", "
								+ "\"date_to\": \"2024-12-31T23:59:59.999Z\", \"per_page\": 1000, \"page\": 0}"),
						"\"bounced_emails\"", "the same SELECT over JDBC",
						"SELECT * FROM event WHERE workspace_id = ? AND channel = 'email' "
								+ "AND type IN ('bounced', 'complained') AND at_ms >= ? AND at_ms < ? "
								+ "ORDER BY at_ms, seq LIMIT 1000",
						(w) -> new Object[] { w.id(), YEAR_UTC_FROM, YEAR_UTC_TO }, "\"email\""));
	}

	/**
	 * Rocket.Chat's messages-sent over the last 90 local days of 2024 (3 October to 31
	 * December in Europe/Athens), as its dashboard asks for them.
	 */
	static HttpRequest rocketChatNinetyDays(BenchWorkspace workspace) {
		return workspace.rocketChat(
				"engagement-dashboard/messages/messages-sent?start=" + NINETY_DAYS_START + "&end=" + NINETY_DAYS_END);
	}

	/** The large getMessageLog page of the memory figure: all events of a campaign. */
	static HttpRequest largeMessageLogPage(BenchWorkspace workspace, int limit) {
		return workspace.pushwoosh("statistics/getMessageLog",
				"{\"campaign_code\": \"" + TrafficModel.PUSH_CAMPAIGN + "\", \"limit\": " + limit + "}");
	}

	/** Tellody's ContactChart of 2024 by month. */
	static HttpRequest tellodyYearByMonth(BenchWorkspace workspace) {
		return workspace.tellody("ContactChart", tellodyWindow(YEAR_FROM, "month", "year"));
	}

	/** Pushwoosh's totalsByIntervals of the busiest push message. */
	static HttpRequest totalsByIntervals(BenchWorkspace workspace) {
		return workspace.pushwoosh("statistics/messages/totalsByIntervals",
				"{\"message_code\": \"" + workspace.traffic().busiestPush() + "\"}");
	}

	/** A getMessageLog page of the busiest push message. */
	static HttpRequest messageLog(BenchWorkspace workspace, int limit) {
		return workspace.pushwoosh("statistics/getMessageLog",
				"{\"message_code\": \"" + workspace.traffic().busiestPush() + "\", \"limit\": " + limit + "}");
	}

	/**
	 * The vendor endpoint of the throughput figure: GetResponse's daily message stats.
	 */
	static HttpRequest throughputQuery(BenchWorkspace workspace) {
		return workspace.getResponse("get_message_stats",
				"{\"message\": \"" + workspace.traffic().busiestNewsletter() + "\", \"grouping\": \"daily\"}");
	}

	private static String tellodyWindow(long from, String unit, String window) {
		// Both windows end with 2024: "to" is the last millisecond, inclusive.
		return "{\"from\":" + from + ",\"to\":" + (YEAR_TO - 1) + ",\"unit\":\"" + unit + "\",\"window\":\"" + window
				+ "\",\"dow\":1}";
	}

	private static String local(String unit) {
		return "date_trunc('" + unit + "', to_timestamp(at_ms / 1000.0) AT TIME ZONE '" + ZONE + "')";
	}

	private static long millis(LocalDate day) {
		return day.atStartOfDay(TrafficModel.ZONE).toInstant().toEpochMilli();
	}

}
