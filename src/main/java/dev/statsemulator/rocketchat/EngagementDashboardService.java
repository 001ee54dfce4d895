package dev.statsemulator.rocketchat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import dev.statsemulator.aggregation.AggregationService;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.CountQuery;
import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.eventstore.ChatRoomWriterStore;
import dev.statsemulator.eventstore.Dimension;
import dev.statsemulator.eventstore.EventStore;
import dev.statsemulator.eventstore.Room;
import dev.statsemulator.rocketchat.MessageOriginsResponse.Origin;
import dev.statsemulator.rocketchat.MessagesSentResponse.DayMessages;
import dev.statsemulator.rocketchat.MessagesSentResponse.Trend;
import dev.statsemulator.rocketchat.PopularChannelsResponse.Channel;
import dev.statsemulator.workspace.Workspace;

import org.springframework.stereotype.Service;

/**
 * The engagement dashboard's message figures, computed as Rocket.Chat computes them from
 * its per-day analytics: dates are local calendar days of the workspace's time zone (the
 * real server's own zone), and a range covers whole days from the start's day to the
 * end's day.
 */
@Service
class EngagementDashboardService {

	/** The room types the dashboard reports, in the order missing ones are appended. */
	static final List<String> ROOM_TYPES = List.of("c", "p", "d", "l");

	private static final int POPULAR_CHANNELS = 5;

	/**
	 * MongoDB's refusal of a negative {@code $limit} (error 15958), which the server
	 * answers as a route failure; newer MongoDB versions word it differently.
	 */
	static final String NEGATIVE_LIMIT = "the limit must be positive";

	private final DailyMessageTotals daily;

	private final AggregationService aggregation;

	private final EventStore events;

	private final ChatRoomWriterStore writers;

	EngagementDashboardService(DailyMessageTotals daily, AggregationService aggregation, EventStore events,
			ChatRoomWriterStore writers) {
		this.daily = daily;
		this.aggregation = aggregation;
		this.events = events;
		this.writers = writers;
	}

	/**
	 * Messages per day of the period, newest first, with the period's total compared to
	 * the previous period and the end's day compared to the day before.
	 * <p>
	 * The period has N = whole days from start to end + 1 days. Its rows are the days
	 * with messages from the start's day to the end's day, newest first, at most N of
	 * them. The previous period's rows are those from the day of (start - 1 day - N days)
	 * to the day of (start - 1 day), also at most N. "Yesterday" is the end's day minus
	 * one, looked up among the period's rows.
	 * <p>
	 * An end before the start follows the server's code too ({@code
	 * diffBetweenDaysInclusive(end, start)}, moment's day difference truncated toward
	 * zero, plus one; its rows come from a MongoDB aggregation with {@code $limit: N}
	 * only when N is truthy): less than a whole day before gives N = 1 (the start's day
	 * when both share it, and a previous period of one row); one to two days before gives
	 * N = 0, no row limit at all, so the previous period is the single day before the
	 * start; two or more days before gives a negative N, which MongoDB refuses as a
	 * {@code $limit}: a 400.
	 */
	MessagesSentResponse messagesSent(Workspace workspace, DashboardRange range) {
		ZoneId zone = workspace.timezone();
		long days = TimeBucketer.wholeDaysBetween(range.start(), range.end(), zone) + 1;
		if (days < 0) {
			throw RocketChatErrors.failure(NEGATIVE_LIMIT);
		}
		List<Map.Entry<LocalDate, Long>> current = newestFirst(workspace.id(), zone, range.start(), range.end(), days);
		Instant endOfPrevious = TimeBucketer.plusLocalDays(range.start(), -1, zone);
		Instant startOfPrevious = TimeBucketer.plusLocalDays(endOfPrevious, -days, zone);
		List<Map.Entry<LocalDate, Long>> previous = newestFirst(workspace.id(), zone, startOfPrevious, endOfPrevious,
				days);

		LocalDate today = TimeBucketer.localDate(range.end(), zone);
		LocalDate yesterday = TimeBucketer.localDate(TimeBucketer.plusLocalDays(range.end(), -1, zone), zone);
		long todayMessages = messagesOn(current, today);
		long yesterdayMessages = messagesOn(current, yesterday);
		long count = sum(current);
		List<DayMessages> rows = current.stream()
			.map((row) -> new DayMessages(JsIsoInstant.format(TimeBucketer.startOfDay(row.getKey(), zone)),
					row.getValue()))
			.toList();
		return new MessagesSentResponse(rows, new Trend(count, count - sum(previous)),
				new Trend(yesterdayMessages, todayMessages - yesterdayMessages), true);
	}

	/**
	 * Messages per room type from the start's day to the end's day, most first (ties in
	 * the order c, p, d, l); types without messages follow with 0.
	 */
	MessageOriginsResponse origins(Workspace workspace, DashboardRange range) {
		Counts counts = totals(workspace, range, Dimension.DETAIL);
		List<Origin> origins = new ArrayList<>();
		for (String type : ROOM_TYPES) {
			long messages = (counts != null) ? counts.total(DailyMessageTotals.MESSAGES, type) : 0;
			if (messages != 0) {
				origins.add(new Origin(messages, type));
			}
		}
		origins.sort(Comparator.comparingLong(Origin::messages).reversed());
		for (String type : ROOM_TYPES) {
			if (origins.stream().noneMatch((origin) -> origin.t().equals(type))) {
				origins.add(new Origin(0, type));
			}
		}
		return new MessageOriginsResponse(origins, true);
	}

	/**
	 * The five rooms with the most messages from the start's day to the end's day (ties
	 * by name, then id), with a direct room's writers as its usernames.
	 */
	PopularChannelsResponse topFiveChannels(Workspace workspace, DashboardRange range) {
		Counts counts = totals(workspace, range, Dimension.MESSAGE);
		if (counts == null) {
			return new PopularChannelsResponse(List.of(), true);
		}
		Map<String, Room> rooms = new HashMap<>();
		this.events.rooms(workspace.id()).forEach((room) -> rooms.put(room.id(), room));
		record Ranked(Room room, long messages) {
		}
		List<Ranked> ranked = counts.groups(DailyMessageTotals.MESSAGES)
			.stream()
			.filter(rooms::containsKey)
			.map((id) -> new Ranked(rooms.get(id), counts.total(DailyMessageTotals.MESSAGES, id)))
			.sorted(Comparator.comparingLong(Ranked::messages)
				.reversed()
				.thenComparing((Ranked entry) -> entry.room().name())
				.thenComparing((Ranked entry) -> entry.room().id()))
			.limit(POPULAR_CHANNELS)
			.toList();
		Map<String, List<String>> writers = this.writers.byRoom(workspace.id(),
				ranked.stream().map(Ranked::room).filter((room) -> "d".equals(room.type())).map(Room::id).toList());
		return new PopularChannelsResponse(ranked.stream()
			.map((entry) -> new Channel(entry.messages(), entry.room().type(), entry.room().name(),
					writers.getOrDefault(entry.room().id(), List.of())))
			.toList(), true);
	}

	/** Counts over the whole local days of the range, or null when the range is empty. */
	private Counts totals(Workspace workspace, DashboardRange range, Dimension groupBy) {
		ZoneId zone = workspace.timezone();
		Instant from = TimeBucketer.unitStart(range.start(), BucketUnit.DAY, zone, java.time.DayOfWeek.MONDAY);
		Instant to = TimeBucketer.unitAt(range.end(), BucketUnit.DAY, zone, java.time.DayOfWeek.MONDAY).end();
		if (!to.isAfter(from)) {
			return null;
		}
		return this.aggregation.count(CountQuery
			.totals(workspace.id(), List.of(DailyMessageTotals.MESSAGES), DailyMessageTotals.DASHBOARD_ROOMS, from, to)
			.groupedBy(groupBy));
	}

	/**
	 * The days with messages from the start's day to the end's day, newest first, at most
	 * {@code limit} of them; a limit of 0 is no limit (the server adds its {@code $limit}
	 * stage only for a truthy count).
	 */
	private List<Map.Entry<LocalDate, Long>> newestFirst(String workspaceId, ZoneId zone, Instant start, Instant end,
			long limit) {
		LocalDate first = TimeBucketer.localDate(start, zone);
		LocalDate last = TimeBucketer.localDate(end, zone);
		if (last.isBefore(first)) {
			return List.of();
		}
		NavigableMap<LocalDate, Long> totals = this.daily.between(workspaceId, zone, first, last);
		return totals.descendingMap().entrySet().stream().limit((limit == 0) ? Long.MAX_VALUE : limit).toList();
	}

	private static long messagesOn(List<Map.Entry<LocalDate, Long>> rows, LocalDate day) {
		return rows.stream()
			.filter((row) -> row.getKey().equals(day))
			.mapToLong(Map.Entry::getValue)
			.findFirst()
			.orElse(0);
	}

	private static long sum(List<Map.Entry<LocalDate, Long>> rows) {
		return rows.stream().mapToLong(Map.Entry::getValue).sum();
	}

}
