package dev.statsemulator.getresponse;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import dev.statsemulator.aggregation.Counts;
import dev.statsemulator.eventstore.BounceType;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.Metric;

/**
 * One period of get_message_stats: the 19 counters, JSON integers, in the vendor's order
 * and with its snake_case names. The unique ones count a contact's first such action on
 * the message, in the period where it happened.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "sent", "opened", "unique_opened", "clicked", "unique_clicked", "goals", "unique_goals",
		"forwarded", "unsubscribes", "bounces_user_unknown", "bounces_user_recycled", "bounces_mailbox_full",
		"bounces_block_content", "bounces_block_timeout", "bounces_block_other", "bounces_other_soft",
		"bounces_other_hard", "complaints_handled", "complaints_unhandled" })
record MessageStats(long sent, long opened, long uniqueOpened, long clicked, long uniqueClicked, long goals,
		long uniqueGoals, long forwarded, long unsubscribes, long bouncesUserUnknown, long bouncesUserRecycled,
		long bouncesMailboxFull, long bouncesBlockContent, long bouncesBlockTimeout, long bouncesBlockOther,
		long bouncesOtherSoft, long bouncesOtherHard, long complaintsHandled, long complaintsUnhandled) {

	private static final Metric SENT = Metric.all(EventType.SENT);

	private static final Metric OPENED = Metric.all(EventType.OPENED);

	private static final Metric FIRST_OPENED = Metric.firstOf(EventType.OPENED);

	private static final Metric CLICKED = Metric.all(EventType.CLICKED);

	private static final Metric FIRST_CLICKED = Metric.firstOf(EventType.CLICKED);

	private static final Metric GOAL = Metric.all(EventType.GOAL);

	private static final Metric FIRST_GOAL = Metric.firstOf(EventType.GOAL);

	private static final Metric FORWARDED = Metric.all(EventType.FORWARDED);

	private static final Metric UNSUBSCRIBED = Metric.all(EventType.UNSUBSCRIBED);

	/** Broken down by bounce type (the event's detail). */
	private static final Metric BOUNCED = Metric.all(EventType.BOUNCED);

	/** Broken down by "handled" / "unhandled" (the event's detail). */
	private static final Metric COMPLAINED = Metric.all(EventType.COMPLAINED);

	/** What a count query must read, grouped by detail, to fill every counter. */
	static final List<Metric> METRICS = List.of(SENT, OPENED, FIRST_OPENED, CLICKED, FIRST_CLICKED, GOAL, FIRST_GOAL,
			FORWARDED, UNSUBSCRIBED, BOUNCED, COMPLAINED);

	/** The counters of one bucket of counts grouped by detail. */
	static MessageStats of(Counts counts, int bucket) {
		return new MessageStats(counts.count(SENT, bucket), counts.count(OPENED, bucket),
				counts.count(FIRST_OPENED, bucket), counts.count(CLICKED, bucket), counts.count(FIRST_CLICKED, bucket),
				counts.count(GOAL, bucket), counts.count(FIRST_GOAL, bucket), counts.count(FORWARDED, bucket),
				counts.count(UNSUBSCRIBED, bucket), bounces(counts, BounceType.USER_UNKNOWN, bucket),
				bounces(counts, BounceType.USER_RECYCLED, bucket), bounces(counts, BounceType.MAILBOX_FULL, bucket),
				bounces(counts, BounceType.BLOCK_CONTENT, bucket), bounces(counts, BounceType.BLOCK_TIMEOUT, bucket),
				bounces(counts, BounceType.BLOCK_OTHER, bucket), bounces(counts, BounceType.OTHER_SOFT, bucket),
				bounces(counts, BounceType.OTHER_HARD, bucket), counts.count(COMPLAINED, "handled", bucket),
				counts.count(COMPLAINED, "unhandled", bucket));
	}

	private static long bounces(Counts counts, BounceType type, int bucket) {
		return counts.count(BOUNCED, type.code(), bucket);
	}

	/**
	 * Whether a period is shown: the vendor lists only periods with a positive counter.
	 */
	boolean anyPositive() {
		return Arrays.stream(values()).anyMatch((value) -> value > 0);
	}

	/**
	 * Both periods' counters added up: the two local hours that a DST change gives one
	 * "YYYY-MM-DD HH" key.
	 */
	MessageStats plus(MessageStats other) {
		long[] sum = values();
		long[] more = other.values();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += more[i];
		}
		return new MessageStats(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10],
				sum[11], sum[12], sum[13], sum[14], sum[15], sum[16], sum[17], sum[18]);
	}

	private long[] values() {
		return new long[] { this.sent, this.opened, this.uniqueOpened, this.clicked, this.uniqueClicked, this.goals,
				this.uniqueGoals, this.forwarded, this.unsubscribes, this.bouncesUserUnknown, this.bouncesUserRecycled,
				this.bouncesMailboxFull, this.bouncesBlockContent, this.bouncesBlockTimeout, this.bouncesBlockOther,
				this.bouncesOtherSoft, this.bouncesOtherHard, this.complaintsHandled, this.complaintsUnhandled };
	}

}
