package dev.statsemulator.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Deterministic, realistic traffic for one workspace: exactly {@code total} events over
 * the year 2024 (Europe/Athens), in time order, day by day. A few hundred messages, each
 * sized by a Zipf-like weight: weekly newsletters (sends, deliveries, bounces, then
 * opens, clicks, goals, unsubscribes and complaints decaying over two weeks), push
 * messages per platform (sends, deliveries, opens, inbox actions, conversions), SMS
 * campaigns with landing-page codes, chat messages in public, private, direct and
 * livechat rooms, and contacts activity, with a weekly and a daily rhythm.
 *
 * <p>
 * The plan (which message gets how many events of which type on which day) is exact
 * integer arithmetic, so two models with the same seed and size give the same stream, and
 * a smaller model has the same messages and the same shape, scaled down.
 */
final class TrafficModel {

	static final ZoneId ZONE = ZoneId.of("Europe/Athens");

	static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	/** 2024 is a leap year. */
	static final int DAYS = 366;

	static final String PUSH_APP = "BNCH1-PUSH1";

	static final String EMAIL_APP = "BNCH2-MAIL2";

	static final String PUSH_CAMPAIGN = "promo";

	private static final double[] DOMAIN_SHARES = { 0.45, 0.35, 0.05, 0.10, 0.05 };

	private static final int NEWSLETTERS = 156;

	private static final int PUSH_MESSAGES = 240;

	private static final int SMS_CAMPAIGNS = 48;

	private static final int ROOMS = 30;

	private static final int CHAT_USERS = 300;

	private static final int CONTACT_POOL = 200_000;

	private static final double[] NOW = { 1 };

	/** Opens, clicks and the like: most on the day of sending, a tail over two weeks. */
	private static final double[] EMAIL_TAIL = { 0.45, 0.2, 0.1, 0.07, 0.05, 0.04, 0.03, 0.02, 0.01, 0.01, 0.01, 0.005,
			0.005, 0.005 };

	private static final double[] PUSH_TAIL = { 0.8, 0.15, 0.05 };

	private static final double[] SMS_TAIL = { 0.7, 0.2, 0.1 };

	private static final Share[] EMAIL = { new Share("sent", 0.40, NOW), new Share("delivered", 0.38, NOW),
			new Share("bounced", 0.012, NOW), new Share("opened", 0.13, EMAIL_TAIL),
			new Share("clicked", 0.04, EMAIL_TAIL), new Share("goal", 0.008, EMAIL_TAIL),
			new Share("forwarded", 0.002, EMAIL_TAIL), new Share("unsubscribed", 0.006, EMAIL_TAIL),
			new Share("complained", 0.002, EMAIL_TAIL) };

	private static final Share[] PUSH = { new Share("sent", 0.48, NOW), new Share("delivered", 0.40, NOW),
			new Share("opened", 0.06, PUSH_TAIL), new Share("inbox_delivered", 0.03, NOW),
			new Share("inbox_opened", 0.01, PUSH_TAIL), new Share("unshowable", 0.01, NOW),
			new Share("conversion", 0.01, PUSH_TAIL) };

	private static final Share[] SMS = { new Share("sent", 0.6, NOW), new Share("delivered", 0.3, NOW),
			new Share("clicked", 0.05, SMS_TAIL), new Share("downloaded", 0.02, SMS_TAIL),
			new Share("voucher_viewed", 0.02, SMS_TAIL), new Share("optout_requested", 0.01, SMS_TAIL) };

	private static final String[] CONTACT_TYPES = { "contact_added", "group_added", "contact_served",
			"optout_completed" };

	private static final double[] CONTACT_TYPE_WEIGHTS = { 0.55, 0.2, 0.2, 0.05 };

	private static final String[] BOUNCES = { "user_unknown", "mailbox_full", "block_content", "other_soft",
			"other_hard" };

	/** Local hours 0 to 23. */
	private static final double[] HOURS = { 0.2, 0.15, 0.1, 0.1, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9,
			0.9, 0.9, 0.9, 1.1, 1.1, 1.1, 1.0, 0.8, 0.5 };

	private final long seed;

	private final long total;

	private final List<Message> messages = new ArrayList<>();

	private final long[] chatPerDay;

	private final long[] contactsPerDay;

	private final long[] dayStartMs = new long[DAYS + EMAIL_TAIL.length + 1];

	private final double[] roomWeights = zipf(ROOMS, 1.0, new SplittableRandom(17));

	TrafficModel(long seed, long total) {
		this.seed = seed;
		this.total = total;
		for (int day = 0; day < this.dayStartMs.length; day++) {
			this.dayStartMs[day] = FIRST_DAY.plusDays(day).atStartOfDay(ZONE).toInstant().toEpochMilli();
		}
		long[] domains = apportion(total, DOMAIN_SHARES);
		SplittableRandom plan = new SplittableRandom(seed);
		addMessages("email", "nl-%03d", NEWSLETTERS, domains[0], EMAIL, plan, 9 * 60, 120);
		addMessages("push", "push-%03d", PUSH_MESSAGES, domains[1], PUSH, plan, 10 * 60, 600);
		addMessages("sms", "sms-%02d", SMS_CAMPAIGNS, domains[2], SMS, plan, 11 * 60, 120);
		double[] days = dayWeights(plan);
		this.chatPerDay = apportion(domains[3], days);
		this.contactsPerDay = apportion(domains[4], days);
	}

	long total() {
		return this.total;
	}

	/** The newsletter with the most events (the same message at every size). */
	String busiestNewsletter() {
		return busiest("email");
	}

	/** The push message with the most events (the same message at every size). */
	String busiestPush() {
		return busiest("push");
	}

	private String busiest(String channel) {
		return this.messages.stream()
			.filter((message) -> message.channel.equals(channel))
			.max(Comparator.comparingLong((Message message) -> message.events))
			.orElseThrow().id;
	}

	/**
	 * Every event, in time order, one local day at a time, with ids {@code prefix + n}
	 * numbered in stream order.
	 */
	void forEachDay(String idPrefix, Consumer<List<BenchEvent>> consumer) {
		long next = 0;
		for (int day = 0; day < this.dayStartMs.length - 1; day++) {
			SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + day);
			List<BenchEvent> events = new ArrayList<>();
			for (Message message : this.messages) {
				int offset = day - message.sendDay;
				if (offset < 0) {
					continue;
				}
				for (int share = 0; share < message.shares.length; share++) {
					long[] perDay = message.counts[share];
					if (offset < perDay.length) {
						for (long i = 0; i < perDay[offset]; i++) {
							events.add(messageEvent(message, message.shares[share], offset, day, random));
						}
					}
				}
			}
			if (day < DAYS) {
				for (long i = 0; i < this.chatPerDay[day]; i++) {
					events.add(chatEvent(day, random));
				}
				for (long i = 0; i < this.contactsPerDay[day]; i++) {
					events.add(contactEvent(day, random));
				}
			}
			events.sort(Comparator.comparingLong((BenchEvent event) -> event.atMs));
			for (BenchEvent event : events) {
				event.id = idPrefix + (next++);
			}
			if (!events.isEmpty()) {
				consumer.accept(events);
			}
		}
		if (next != this.total) {
			throw new IllegalStateException("generated " + next + " events, planned " + this.total);
		}
	}

	private BenchEvent messageEvent(Message message, Share share, int offset, int day, SplittableRandom random) {
		long sendMs = this.dayStartMs[message.sendDay] + message.sendMinute * 60_000L;
		long at;
		if (share.days == NOW) {
			at = sendMs + random.nextLong(message.spreadMinutes * 60_000L);
		}
		else if (offset == 0) {
			at = sendMs + (long) (-Math.log(1 - random.nextDouble()) * 3 * 3_600_000L);
		}
		else {
			at = timeOfDay(day, random);
		}
		BenchEvent event = new BenchEvent(at, share.type, message.channel);
		event.message = message.id;
		event.campaign = message.campaign;
		long recipient = random.nextLong(message.audience);
		switch (message.channel) {
			case "email" -> {
				event.application = EMAIL_APP;
				event.contact = "c" + recipient + "@example.com";
				switch (share.type) {
					case "bounced" -> event.bounce = BOUNCES[random.nextInt(BOUNCES.length)];
					case "clicked" -> event.link = "https://shop.example.com/p/" + random.nextInt(40) + "?src=nl";
					case "goal" -> event.name = "signup";
					default -> {
					}
				}
			}
			case "push" -> {
				double platform = random.nextDouble();
				event.platform = (platform < 0.4) ? "ios" : (platform < 0.95) ? "android" : "chrome";
				event.application = PUSH_APP;
				event.contact = "hw-" + Long.toHexString(0x10000000L + recipient);
				event.user = "user-" + recipient;
				if (share.type.equals("sent") && random.nextInt(50) == 0) {
					event.status = "error";
				}
				if (share.type.equals("conversion")) {
					event.name = "purchase";
					event.revenue = (500 + random.nextInt(11_500)) / 100.0;
					event.currency = "EUR";
				}
			}
			default -> {
				event.contact = "+30690" + (1_000_000 + recipient);
				if (share.type.equals("clicked")) {
					event.link = "https://m.example.com/d/" + message.id;
				}
			}
		}
		return event;
	}

	private BenchEvent chatEvent(int day, SplittableRandom random) {
		int room = pick(this.roomWeights, random);
		BenchEvent event = new BenchEvent(timeOfDay(day, random), "chat_message", "chat");
		event.roomId = "room-" + room;
		if (room < 12) {
			event.roomType = "c";
			event.roomName = (room == 0) ? "general" : "channel-" + room;
		}
		else if (room < 22) {
			event.roomType = "p";
			event.roomName = "team-" + room;
		}
		else if (room < 27) {
			event.roomType = "d";
			event.roomName = "direct-" + room;
		}
		else {
			event.roomType = "l";
			event.roomName = "livechat-" + room;
		}
		event.contact = event.roomType.equals("d") ? "user" + (room * 2 + random.nextInt(2))
				: "user" + random.nextInt(CHAT_USERS);
		return event;
	}

	private BenchEvent contactEvent(int day, SplittableRandom random) {
		BenchEvent event = new BenchEvent(timeOfDay(day, random), CONTACT_TYPES[pick(CONTACT_TYPE_WEIGHTS, random)],
				"email");
		event.contact = "c" + random.nextInt(CONTACT_POOL) + "@example.com";
		return event;
	}

	private long timeOfDay(int day, SplittableRandom random) {
		return this.dayStartMs[day] + pick(HOURS, random) * 3_600_000L + random.nextLong(3_600_000L);
	}

	private void addMessages(String channel, String idFormat, int count, long budget, Share[] shares,
			SplittableRandom plan, int firstMinute, int minuteRange) {
		long[] sizes = apportion(budget, zipf(count, 0.7, plan));
		double[] shareWeights = new double[shares.length];
		for (int i = 0; i < shares.length; i++) {
			shareWeights[i] = shares[i].weight;
		}
		for (int i = 0; i < count; i++) {
			Message message = new Message();
			message.id = String.format(idFormat, i + 1);
			message.channel = channel;
			message.campaign = switch (channel) {
				case "email" -> new String[] { "weekly-news", "offers", "product-updates" }[i % 3];
				case "push" -> (i % 5 == 4) ? "alerts" : PUSH_CAMPAIGN;
				default -> "sms-deals";
			};
			message.sendDay = (int) ((long) i * DAYS / count);
			message.sendMinute = firstMinute + plan.nextInt(minuteRange);
			message.spreadMinutes = channel.equals("push") ? 30 : 90;
			message.events = sizes[i];
			message.shares = shares;
			long[] perType = apportion(sizes[i], shareWeights);
			message.counts = new long[shares.length][];
			for (int s = 0; s < shares.length; s++) {
				message.counts[s] = apportion(perType[s], shares[s].days);
			}
			message.audience = Math.max(1, perType[0]);
			this.messages.add(message);
		}
	}

	/** Weekdays busier than weekends, each day +-15% around that. */
	private static double[] dayWeights(SplittableRandom plan) {
		double[] weights = new double[DAYS];
		for (int day = 0; day < DAYS; day++) {
			DayOfWeek weekday = FIRST_DAY.plusDays(day).getDayOfWeek();
			double base = switch (weekday) {
				case SATURDAY -> 0.6;
				case SUNDAY -> 0.5;
				default -> 1.0;
			};
			weights[day] = base * (0.85 + 0.3 * plan.nextDouble());
		}
		return weights;
	}

	/** Weights 1/rank^exponent, the ranks shuffled over the positions. */
	private static double[] zipf(int count, double exponent, SplittableRandom random) {
		int[] ranks = new int[count];
		for (int i = 0; i < count; i++) {
			ranks[i] = i;
		}
		for (int i = count - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = ranks[i];
			ranks[i] = ranks[j];
			ranks[j] = swap;
		}
		double[] weights = new double[count];
		for (int i = 0; i < count; i++) {
			weights[i] = 1 / Math.pow(ranks[i] + 1, exponent);
		}
		return weights;
	}

	private static int pick(double[] weights, SplittableRandom random) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		double point = random.nextDouble() * sum;
		for (int i = 0; i < weights.length; i++) {
			point -= weights[i];
			if (point < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/**
	 * Splits {@code total} in proportion to {@code weights}, exactly (largest remainder).
	 */
	static long[] apportion(long total, double[] weights) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		long[] parts = new long[weights.length];
		double[] remainders = new double[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			parts[i] = (long) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
		}
		while (given < total) {
			int best = 0;
			for (int i = 1; i < weights.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			parts[best]++;
			remainders[best] = -1;
			given++;
		}
		return parts;
	}

	/** A share of a message's events: its type, weight, and spread over days. */
	private record Share(String type, double weight, double[] days) {
	}

	private static final class Message {

		String id;

		String channel;

		String campaign;

		int sendDay;

		int sendMinute;

		int spreadMinutes;

		long events;

		long audience;

		Share[] shares;

		long[][] counts;

	}

}
