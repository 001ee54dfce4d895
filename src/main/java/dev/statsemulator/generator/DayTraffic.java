package dev.statsemulator.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.aggregation.TimeInterval;
import dev.statsemulator.eventstore.BounceType;
import dev.statsemulator.eventstore.Channel;
import dev.statsemulator.eventstore.Event;
import dev.statsemulator.eventstore.EventType;
import dev.statsemulator.eventstore.MessageRegistration;
import dev.statsemulator.eventstore.Platform;
import dev.statsemulator.eventstore.Room;

/**
 * One local day of one kind of traffic. Funnels run forward in time from the send (opens
 * hours or days later, clicks minutes after opens), so later days carry the tail of
 * earlier sends.
 */
final class DayTraffic {

	/** Relative activity per local hour: quiet nights, a morning and an evening peak. */
	private static final double[] HOURLY = { 0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.2, 2.1, 1.8, 1.7, 1.8,
			1.9, 1.8, 1.7, 1.9, 2.1, 2.0, 1.6, 1.0, 0.6 };

	private static final double HOURLY_TOTAL = java.util.Arrays.stream(HOURLY).sum();

	static final String PUSH_APPLICATION = "1DC69-73EDB";

	static final String EMAIL_APPLICATION = "E2F1A-B0C4D";

	private static final List<Platform> PUSH_PLATFORMS = List.of(Platform.IOS, Platform.IOS, Platform.ANDROID,
			Platform.ANDROID, Platform.ANDROID, Platform.CHROME, Platform.SAFARI, Platform.FIREFOX,
			Platform.HUAWEI_ANDROID);

	private static final List<BounceType> BOUNCES = List.of(BounceType.USER_UNKNOWN, BounceType.USER_UNKNOWN,
			BounceType.MAILBOX_FULL, BounceType.OTHER_SOFT, BounceType.OTHER_SOFT, BounceType.OTHER_SOFT,
			BounceType.BLOCK_CONTENT, BounceType.BLOCK_TIMEOUT, BounceType.BLOCK_OTHER, BounceType.USER_RECYCLED,
			BounceType.OTHER_HARD);

	private static final List<String> LINKS = List.of("https://shop.example.com/sale", "https://shop.example.com/new",
			"https://blog.example.com/post/42", "https://shop.example.com/cart");

	private static final List<Room> ROOMS = List.of(new Room("GENERAL", "general", "c"), new Room("rnd", "random", "c"),
			new Room("dev-team", "dev", "p"), new Room("sales-team", "sales", "p"),
			new Room("livechat-1", "support", "l"), new Room("dm-alice-bob", "alice-bob", "d"));

	private final long seed;

	private final LocalDate date;

	private final TimeInterval day;

	private final SplittableRandom random;

	private final TrafficGenerator.Sink sink;

	private int counter;

	DayTraffic(long seed, LocalDate date, TimeInterval day, SplittableRandom random, TrafficGenerator.Sink sink) {
		this.seed = seed;
		this.date = date;
		this.day = day;
		this.random = random;
		this.sink = sink;
	}

	/** An email newsletter to a slice of the list, and the funnel that follows it. */
	void newsletter(int budget) {
		int recipients = Math.max(1, (int) (budget / 1.7));
		String code = messageCode('E');
		Instant sendAt = at(9 + this.random.nextDouble(2));
		this.sink.message(sendAt,
				new MessageRegistration(code, null, EMAIL_APPLICATION, "weekly-news", "email", List.of("email"),
						"Newsletter " + this.date, subject(), null, null, "newsletter-template",
						text(sendAt.minusSeconds(7200)), text(sendAt), "done", "EMAIL_CP", "newsletter"));
		int offset = this.random.nextInt(5_000);
		for (int r = 0; r < recipients; r++) {
			String contact = "contact" + ((offset + r) % 5_000) + "@example.com";
			Instant sent = sendAt.plusSeconds(r % 1800);
			emit(EventType.SENT, sent, Channel.EMAIL, Platform.EMAIL, code, contact, EMAIL_APPLICATION);
			if (chance(0.03)) {
				Event bounced = event(EventType.BOUNCED, sent.plusSeconds(20 + this.random.nextInt(600)), Channel.EMAIL,
						Platform.EMAIL, code, contact, EMAIL_APPLICATION, null,
						BOUNCES.get(this.random.nextInt(BOUNCES.size())), "Recipient server said no", null, null, null,
						null);
				this.sink.event(bounced);
				continue;
			}
			Instant delivered = sent.plusSeconds(2 + this.random.nextInt(60));
			emit(EventType.DELIVERED, delivered, Channel.EMAIL, Platform.EMAIL, code, contact, EMAIL_APPLICATION);
			if (chance(0.001)) {
				this.sink.event(event(EventType.COMPLAINED, delivered.plus(hoursLater(12)), Channel.EMAIL,
						Platform.EMAIL, code, contact, EMAIL_APPLICATION, null, null, "Marked as spam", chance(0.5),
						null, null, null));
			}
			if (!chance(0.26)) {
				continue;
			}
			Instant opened = delivered.plus(hoursLater(8));
			int opens = 1 + (chance(0.3) ? 1 + this.random.nextInt(3) : 0);
			for (int o = 0; o < opens; o++) {
				emit(EventType.OPENED, opened.plus(hoursLater(o * 10.0)), Channel.EMAIL, Platform.EMAIL, code, contact,
						EMAIL_APPLICATION);
			}
			if (chance(0.01)) {
				emit(EventType.FORWARDED, opened.plusSeconds(300), Channel.EMAIL, Platform.EMAIL, code, contact,
						EMAIL_APPLICATION);
			}
			if (chance(0.015)) {
				emit(EventType.UNSUBSCRIBED, opened.plusSeconds(90), Channel.EMAIL, Platform.EMAIL, code, contact,
						EMAIL_APPLICATION);
			}
			if (!chance(0.2)) {
				continue;
			}
			int clicks = 1 + (chance(0.25) ? 1 : 0);
			for (int c = 0; c < clicks; c++) {
				String link = LINKS.get(this.random.nextInt(LINKS.size())) + "?utm_source=newsletter&c=" + (offset + r);
				this.sink.event(event(EventType.CLICKED, opened.plusSeconds(30 + this.random.nextInt(900) + c * 600L),
						Channel.EMAIL, Platform.EMAIL, code, contact, EMAIL_APPLICATION, link, null, null, null, null,
						null, null));
			}
			if (chance(0.12)) {
				emit(EventType.GOAL, opened.plusSeconds(1800 + this.random.nextInt(3600)), Channel.EMAIL,
						Platform.EMAIL, code, contact, EMAIL_APPLICATION);
			}
		}
	}

	/**
	 * One or two push broadcasts to devices of every platform, with inbox actions and
	 * conversions.
	 */
	void pushes(int budget) {
		int broadcasts = 1 + (chance(0.4) ? 1 : 0);
		for (int b = 0; b < broadcasts; b++) {
			int devices = Math.max(1, (int) (budget / broadcasts / 2.1));
			String code = messageCode('P');
			String title = pushTitle();
			Instant sendAt = at(10 + this.random.nextDouble(10));
			this.sink.message(sendAt,
					new MessageRegistration(code, null, PUSH_APPLICATION, "AB3C1-9F2E7", "push",
							List.of("ios", "android", "chrome", "safari", "firefox", "huawei_android"),
							"Push " + this.date + " #" + b, null, title,
							JsonMapper.shared().createObjectNode().put("en", title), null,
							text(sendAt.minusSeconds(3600)), text(sendAt), "done", chance(0.5) ? "CP" : "API", "push"));
			int offset = this.random.nextInt(3_000);
			for (int d = 0; d < devices; d++) {
				int device = (offset + d) % 3_000;
				String hwid = String.format(Locale.ROOT, "%016x", (this.seed * 7919L + device) * 0x9E3779B97F4A7C15L);
				Platform platform = PUSH_PLATFORMS.get(device % PUSH_PLATFORMS.size());
				Instant sent = sendAt.plusMillis(d * 40L);
				boolean failed = chance(0.02);
				this.sink.event(new Event(id(), EventType.SENT, sent, Channel.PUSH, platform, code, "AB3C1-9F2E7",
						PUSH_APPLICATION, hwid, "user_" + device, null, null, null, null, null, null, null, null,
						failed ? "error" : "success"));
				if (failed) {
					continue;
				}
				if (chance(0.01)) {
					pushEvent(EventType.UNSHOWABLE, sent.plusSeconds(1), platform, code, hwid, device);
					continue;
				}
				Instant delivered = sent.plusSeconds(1 + this.random.nextInt(30));
				pushEvent(EventType.DELIVERED, delivered, platform, code, hwid, device);
				if (chance(0.3)) {
					pushEvent(EventType.INBOX_DELIVERED, delivered, platform, code, hwid, device);
					if (chance(0.4)) {
						Instant read = delivered.plus(hoursLater(6));
						pushEvent(EventType.INBOX_READ, read, platform, code, hwid, device);
						if (chance(0.5)) {
							pushEvent(EventType.INBOX_OPENED, read.plusSeconds(5), platform, code, hwid, device);
						}
						if (chance(0.2)) {
							pushEvent(EventType.INBOX_DELETED, read.plusSeconds(60), platform, code, hwid, device);
						}
					}
				}
				if (!chance(0.07)) {
					continue;
				}
				Instant opened = delivered.plus(hoursLater(1.5));
				pushEvent(EventType.OPENED, opened, platform, code, hwid, device);
				if (chance(0.25)) {
					boolean purchase = chance(0.35);
					this.sink
						.event(new Event(id(), EventType.CONVERSION, opened.plusSeconds(60 + this.random.nextInt(1200)),
								Channel.PUSH, platform, code, "AB3C1-9F2E7", PUSH_APPLICATION, hwid, "user_" + device,
								null, null, null, null, purchase ? "purchase" : "cart_add",
								purchase ? Math.round(5 + this.random.nextDouble(95)) + 0.99 : null,
								purchase ? "USD" : null, null, null));
				}
			}
		}
	}

	/**
	 * An SMS campaign with a landing page: URL clicks, downloads, vouchers and opt-out
	 * requests.
	 */
	void sms(int budget) {
		int recipients = Math.max(1, (int) (budget / 1.35));
		String code = messageCode('S');
		Instant sendAt = at(11 + this.random.nextDouble(6));
		this.sink.message(sendAt,
				new MessageRegistration(code, null, null, "sms-promo", "sms", List.of("sms"), "SMS " + this.date, null,
						null, null, null, text(sendAt.minusSeconds(3600)), text(sendAt), "done", "API", "newsletter"));
		int offset = this.random.nextInt(10_000);
		for (int r = 0; r < recipients; r++) {
			String phone = "+30697" + String.format(Locale.ROOT, "%07d", (offset + r) % 10_000);
			Instant sent = sendAt.plusSeconds(r % 900);
			emit(EventType.SENT, sent, Channel.SMS, Platform.SMS, code, phone, null);
			if (chance(0.15)) {
				Instant click = sent.plus(hoursLater(2));
				this.sink.event(event(EventType.CLICKED, click, Channel.SMS, Platform.SMS, code, phone, null,
						"https://m.example.com/l/" + code, null, null, null, null, null, null));
				if (chance(0.3)) {
					emit(EventType.DOWNLOADED, click.plusSeconds(40), Channel.SMS, Platform.SMS, code, phone, null);
				}
				if (chance(0.4)) {
					emit(EventType.VOUCHER_VIEWED, click.plusSeconds(20), Channel.SMS, Platform.SMS, code, phone, null);
				}
			}
			if (chance(0.01)) {
				emit(EventType.OPTOUT_REQUESTED, sent.plus(hoursLater(1)), Channel.SMS, Platform.SMS, code, phone,
						null);
			}
		}
	}

	/**
	 * Contacts added, groups created, contacts served and opt-outs completed through the
	 * day.
	 */
	void contacts(int budget) {
		for (int i = 0; i < budget; i++) {
			double roll = this.random.nextDouble();
			EventType type = (roll < 0.55) ? EventType.CONTACT_ADDED : (roll < 0.9) ? EventType.CONTACT_SERVED
					: (roll < 0.97) ? EventType.OPTOUT_COMPLETED : EventType.GROUP_ADDED;
			String contact = "contact" + this.random.nextInt(20_000) + "@example.com";
			// Platform email, as the control API's ingest defaults an email event:
			// generated
			// events are what a client could have sent (snapshots re-ingest them).
			this.sink.event(new Event(id(), type, at(rhythmHour()), Channel.EMAIL, Platform.EMAIL, null, null, null,
					contact, null, null, null, null, null, null, null, null, null, null));
		}
	}

	/** Chat messages in rooms of every type, mostly in working hours. */
	void chat(int budget) {
		for (int i = 0; i < budget; i++) {
			double roll = this.random.nextDouble();
			Room room = ROOMS.get(
					(roll < 0.35) ? 0 : (roll < 0.5) ? 1 : (roll < 0.7) ? 2 : (roll < 0.8) ? 3 : (roll < 0.92) ? 4 : 5);
			this.sink.event(new Event(id(), EventType.CHAT_MESSAGE, at(rhythmHour()), Channel.CHAT, null, null, null,
					null, "member" + this.random.nextInt(40), null, null, null, null, null, null, null, null, room,
					null));
		}
	}

	private void pushEvent(EventType type, Instant at, Platform platform, String code, String hwid, int device) {
		this.sink.event(new Event(id(), type, at, Channel.PUSH, platform, code, "AB3C1-9F2E7", PUSH_APPLICATION, hwid,
				"user_" + device, null, null, null, null, null, null, null, null, null));
	}

	private void emit(EventType type, Instant at, Channel channel, Platform platform, String message, String contact,
			String application) {
		this.sink.event(event(type, at, channel, platform, message, contact, application, null, null, null, null, null,
				null, null));
	}

	private Event event(EventType type, Instant at, Channel channel, Platform platform, String message, String contact,
			String application, String link, BounceType bounce, String reason, Boolean handled, String name,
			Double revenue, String currency) {
		return new Event(id(), type, at, channel, platform, message, null, application, contact, null, link,
				(type == EventType.BOUNCED && bounce == null) ? BounceType.OTHER_HARD : bounce, reason,
				(type == EventType.COMPLAINED && handled == null) ? Boolean.FALSE : handled, name, revenue, currency,
				null, (type == EventType.SENT) ? "success" : null);
	}

	/**
	 * A deterministic id: generating the same day again re-sends the same ids (stored as
	 * duplicates).
	 */
	private String id() {
		return "gen-" + this.seed + "-" + this.date + "-" + Integer.toString(this.counter++, 36) + "-"
				+ Long.toString(this.random.nextLong() & 0xFFFFFFL, 36);
	}

	/**
	 * A message code, e.g. C3F8-C3863ED4-334AD4F1, unique per seed, day and kind.
	 */
	private String messageCode(char kind) {
		long hash = (this.seed * 1_000_003L + this.date.toEpochDay()) * 0x9E3779B97F4A7C15L + kind * 31L
				+ this.counter++;
		return String.format(Locale.ROOT, "%04X-%08X-%08X", (hash >>> 48) & 0xFFFF, (hash >>> 16) & 0xFFFFFFFFL,
				(hash * 0x2545F4914F6CDD1DL) >>> 32);
	}

	/**
	 * The instant at a (fractional) local hour of this day, scaled to the day's real
	 * length.
	 */
	private Instant at(double hour) {
		Duration length = Duration.between(this.day.start(), this.day.end());
		return this.day.start().plusMillis((long) (length.toMillis() * (hour / 24.0)));
	}

	/** A local hour drawn from the daily rhythm. */
	private double rhythmHour() {
		double pick = this.random.nextDouble(HOURLY_TOTAL);
		for (int hour = 0; hour < HOURLY.length; hour++) {
			pick -= HOURLY[hour];
			if (pick < 0) {
				return hour + this.random.nextDouble();
			}
		}
		return 23.5;
	}

	/** A delay with an exponential tail around {@code meanHours}, capped at five days. */
	private Duration hoursLater(double meanHours) {
		double hours = Math.min(120, -Math.log(1 - this.random.nextDouble()) * Math.max(0.05, meanHours));
		return Duration.ofMillis((long) (hours * 3_600_000));
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private String subject() {
		List<String> subjects = List.of("This week's picks", "Last chance: 30% off", "What's new in November",
				"Your monthly digest", "A gift for you");
		return subjects.get(this.random.nextInt(subjects.size()));
	}

	private String pushTitle() {
		List<String> titles = List.of("Flash sale starts now", "Your cart misses you", "New arrivals", "Weekend deals");
		return titles.get(this.random.nextInt(titles.size()));
	}

	private static tools.jackson.databind.JsonNode text(Instant instant) {
		return JsonMapper.shared().getNodeFactory().stringNode(instant.toString());
	}

}
