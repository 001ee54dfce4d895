package dev.statsemulator.aggregation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.statsemulator.eventstore.Granularity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Example-based tests for {@link TimeBucketer} (and the slot cover of
 * {@link AggregationService}). Every expected value is a hand-written literal, worked out
 * from the zone's offsets, not computed with the code under test.
 */
class TimeBucketerTests {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

	private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

	private static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

	private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

	private static final ZoneId HAVANA = ZoneId.of("America/Havana");

	private static final ZoneId APIA = ZoneId.of("Pacific/Apia");

	private static final int UNLIMITED = 1_000_000;

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

	private static List<TimeInterval> buckets(String from, String to, BucketUnit unit, ZoneId zone) {
		return buckets(from, to, unit, zone, DayOfWeek.MONDAY);
	}

	private static List<TimeInterval> buckets(String from, String to, BucketUnit unit, ZoneId zone,
			DayOfWeek firstDayOfWeek) {
		return TimeBucketer.buckets(at(from), at(to), unit, zone, firstDayOfWeek, UNLIMITED);
	}

	private static List<Instant> edges(String from, String to, BucketUnit unit, ZoneId zone) {
		return TimeBucketer.edges(at(from), at(to), unit, zone, DayOfWeek.MONDAY, UNLIMITED);
	}

	/** {@code count} instants, {@code first} and then one every {@code step}. */
	private static List<Instant> every(String first, Duration step, int count) {
		List<Instant> instants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			instants.add(at(first).plus(step.multipliedBy(i)));
		}
		return instants;
	}

	private static List<Duration> lengths(List<TimeInterval> buckets) {
		return buckets.stream().map((bucket) -> Duration.between(bucket.start(), bucket.end())).toList();
	}

	private static List<Integer> localHours(List<TimeInterval> buckets, ZoneId zone) {
		return buckets.stream().map((bucket) -> bucket.start().atZone(zone).getHour()).toList();
	}

	@Nested
	class HourBuckets {

		@Test
		void athensSpringForwardDayHas23HourlyBuckets() {
			// 2024-03-31 in Athens: 00:00+02:00 is 22:00Z the day before, 03:00 local
			// does not exist, and the next midnight is at +03:00.
			List<TimeInterval> buckets = buckets("2024-03-30T22:00:00Z", "2024-03-31T21:00:00Z", BucketUnit.HOUR,
					ATHENS);
			assertThat(buckets).hasSize(23);
			assertThat(buckets).extracting(TimeInterval::start)
				.containsExactlyElementsOf(every("2024-03-30T22:00:00Z", Duration.ofHours(1), 23));
			assertThat(lengths(buckets)).containsOnly(Duration.ofHours(1));
			assertThat(localHours(buckets, ATHENS)).containsExactly(0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
					16, 17, 18, 19, 20, 21, 22, 23);
		}

		@Test
		void athensFallBackDayHas25HourlyBucketsAndTheRepeatedHourTwice() {
			List<TimeInterval> buckets = buckets("2024-10-26T21:00:00Z", "2024-10-27T22:00:00Z", BucketUnit.HOUR,
					ATHENS);
			assertThat(buckets).hasSize(25);
			assertThat(buckets).extracting(TimeInterval::start)
				.containsExactlyElementsOf(every("2024-10-26T21:00:00Z", Duration.ofHours(1), 25));
			assertThat(localHours(buckets, ATHENS)).containsExactly(0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
					15, 16, 17, 18, 19, 20, 21, 22, 23);
			// 03:00+03:00 and 03:00+02:00
			assertThat(buckets.get(3))
				.isEqualTo(new TimeInterval(at("2024-10-27T00:00:00Z"), at("2024-10-27T01:00:00Z")));
			assertThat(buckets.get(4))
				.isEqualTo(new TimeInterval(at("2024-10-27T01:00:00Z"), at("2024-10-27T02:00:00Z")));
		}

		@Test
		void athensNormalDayHas24HourlyBuckets() {
			List<TimeInterval> buckets = buckets("2024-07-14T21:00:00Z", "2024-07-15T21:00:00Z", BucketUnit.HOUR,
					ATHENS);
			assertThat(buckets).hasSize(24);
			assertThat(buckets.get(0))
				.isEqualTo(new TimeInterval(at("2024-07-14T21:00:00Z"), at("2024-07-14T22:00:00Z")));
			assertThat(buckets.get(23))
				.isEqualTo(new TimeInterval(at("2024-07-15T20:00:00Z"), at("2024-07-15T21:00:00Z")));
		}

		@Test
		void newYorkDstDays() {
			List<TimeInterval> spring = buckets("2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", BucketUnit.HOUR,
					NEW_YORK);
			assertThat(spring).hasSize(23);
			assertThat(localHours(spring, NEW_YORK)).startsWith(0, 1, 3, 4);
			List<TimeInterval> fall = buckets("2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", BucketUnit.HOUR,
					NEW_YORK);
			assertThat(fall).hasSize(25);
			assertThat(localHours(fall, NEW_YORK)).startsWith(0, 1, 1, 2, 3);
			assertThat(lengths(fall)).containsOnly(Duration.ofHours(1));
		}

		@Test
		void newYorkYearHas8784HourlyBuckets() {
			// 2024 is a leap year; the lost and the repeated hour cancel out.
			assertThat(buckets("2024-01-01T05:00:00Z", "2025-01-01T05:00:00Z", BucketUnit.HOUR, NEW_YORK))
				.hasSize(8784);
		}

		@Test
		void lordHoweSpringForwardSkipsHalfAnHour() {
			// 2024-10-06: 02:00+10:30 (15:30Z) jumps to 02:30+11:00, so local hour 2
			// lasts
			// 30 minutes. The day is 23.5 hours long and has 24 hourly buckets.
			List<Instant> edges = edges("2024-10-05T13:30:00Z", "2024-10-06T13:00:00Z", BucketUnit.HOUR, LORD_HOWE);
			List<Instant> expected = new ArrayList<>(
					List.of(at("2024-10-05T13:30:00Z"), at("2024-10-05T14:30:00Z"), at("2024-10-05T15:30:00Z")));
			expected.addAll(every("2024-10-05T16:00:00Z", Duration.ofHours(1), 22));
			assertThat(edges).containsExactlyElementsOf(expected);
			assertThat(edges).hasSize(25).endsWith(at("2024-10-06T13:00:00Z"));
		}

		/**
		 * On 2024-04-07 Lord Howe goes from 02:00+11:00 back to 01:30+10:30 (at 15:00Z).
		 * The repeated half hour, 01:30-02:00 at +10:30, is a bucket of its own, as a
		 * repeated full hour is on a DST end: 25 buckets, one of them 30 minutes long.
		 */
		@Test
		void lordHoweFallBackOfHalfAnHourRepeatsAHalfHourBucket() {
			List<Instant> edges = edges("2024-04-06T13:00:00Z", "2024-04-07T13:30:00Z", BucketUnit.HOUR, LORD_HOWE);
			List<Instant> expected = new ArrayList<>(
					List.of(at("2024-04-06T13:00:00Z"), at("2024-04-06T14:00:00Z"), at("2024-04-06T15:00:00Z")));
			expected.addAll(every("2024-04-06T15:30:00Z", Duration.ofHours(1), 23));
			assertThat(edges).containsExactlyElementsOf(expected);
		}

		@Test
		void lordHoweFallBackUnitsContainTheirInstant() {
			for (String instant : List.of("2024-04-06T14:10:00Z", "2024-04-06T15:00:00Z", "2024-04-06T15:10:00Z",
					"2024-04-06T15:45:00Z")) {
				assertThat(TimeBucketer.unitAt(at(instant), BucketUnit.HOUR, LORD_HOWE, DayOfWeek.MONDAY)
					.contains(at(instant))).as(instant).isTrue();
			}
			assertThat(buckets("2024-04-06T13:00:00Z", "2024-04-07T13:30:00Z", BucketUnit.HOUR, LORD_HOWE))
				.hasSizeGreaterThanOrEqualTo(24);
		}

		@Test
		void chathamFallBackSplitsTheHourTheClocksGoBackIn() {
			// 2024-04-07: 03:45+13:45 goes back to 02:45+12:45 (14:00Z). Local
			// 03:00-03:45
			// (+13:45), the repeated 02:45-03:00 (+12:45) and 03:00 again (+12:45,
			// 14:15Z)
			// are three buckets: 26 in this 25-hour day.
			List<TimeInterval> buckets = buckets("2024-04-06T10:15:00Z", "2024-04-07T11:15:00Z", BucketUnit.HOUR,
					CHATHAM);
			List<Instant> expected = new ArrayList<>(every("2024-04-06T10:15:00Z", Duration.ofHours(1), 4));
			expected.add(at("2024-04-06T14:00:00Z"));
			expected.addAll(every("2024-04-06T14:15:00Z", Duration.ofHours(1), 21));
			assertThat(buckets).extracting(TimeInterval::start).containsExactlyElementsOf(expected);
		}

		/**
		 * Chatham's DST transitions happen at 02:45 / 03:45 local, not on a full hour.
		 * {@code unitStart(2024-09-28T14:05Z, HOUR)} (local 03:50+13:45, just after the
		 * gap) truncates to local 03:00, which is in the gap and resolves to 04:00+13:45
		 * = 14:15Z: a unit start after the instant. And
		 * {@code unitStart(2024-04-06T14:05Z, HOUR)} (local 02:50+12:45, the second
		 * 02:xx) returns 12:15Z although edges() has a bucket starting at 13:15Z.
		 */
		@Test
		void chathamHourUnitsContainTheirInstantAndMatchTheEdges() {
			for (String[] day : new String[][] { { "2024-04-06T10:15:00Z", "2024-04-07T11:15:00Z" },
					{ "2024-09-28T11:15:00Z", "2024-09-29T10:15:00Z" } }) {
				List<TimeInterval> buckets = buckets(day[0], day[1], BucketUnit.HOUR, CHATHAM);
				for (Instant probe = at(day[0]); probe
					.isBefore(at(day[1])); probe = probe.plus(Duration.ofMinutes(5))) {
					Instant instant = probe;
					TimeInterval bucket = buckets.stream().filter((b) -> b.contains(instant)).findFirst().orElseThrow();
					assertThat(TimeBucketer.unitAt(instant, BucketUnit.HOUR, CHATHAM, DayOfWeek.MONDAY))
						.as("%s", instant)
						.isEqualTo(bucket);
				}
			}
		}

		@Test
		void stJohnsSpringForwardDayHas23BucketsOnHalfPastUtc() {
			// 2024-03-10: 00:00-03:30 is 03:30Z, the next midnight is at -02:30.
			List<TimeInterval> buckets = buckets("2024-03-10T03:30:00Z", "2024-03-11T02:30:00Z", BucketUnit.HOUR,
					ST_JOHNS);
			assertThat(buckets).extracting(TimeInterval::start)
				.containsExactlyElementsOf(every("2024-03-10T03:30:00Z", Duration.ofHours(1), 23));
			assertThat(localHours(buckets, ST_JOHNS)).startsWith(0, 1, 3, 4);
		}

		@Test
		void saoPauloDayWithoutMidnightStartsAt1Am() {
			// 2018-11-04: 00:00-03:00 became 01:00-02:00 (03:00Z).
			List<TimeInterval> buckets = buckets("2018-11-04T03:00:00Z", "2018-11-05T02:00:00Z", BucketUnit.HOUR,
					SAO_PAULO);
			assertThat(buckets).hasSize(23);
			assertThat(localHours(buckets, SAO_PAULO)).startsWith(1, 2, 3).endsWith(22, 23);
		}

		@Test
		void havanaDayWithRepeatedMidnightHas25Buckets() {
			// 2024-11-03: 01:00-04:00 went back to 00:00-05:00, so local midnight happens
			// at 04:00Z and again at 05:00Z.
			List<TimeInterval> buckets = buckets("2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", BucketUnit.HOUR,
					HAVANA);
			assertThat(buckets).hasSize(25);
			assertThat(localHours(buckets, HAVANA)).startsWith(0, 0, 1, 2);
		}

		@ParameterizedTest
		@CsvSource({ "UTC,                 2024-07-15T10:17:00Z, 2024-07-15T10:00:00Z",
				"America/New_York,    2024-07-15T10:17:00Z, 2024-07-15T10:00:00Z",
				"Asia/Kolkata,        2024-07-15T10:17:00Z, 2024-07-15T09:30:00Z",
				"Asia/Kathmandu,      2024-07-15T10:17:00Z, 2024-07-15T10:15:00Z",
				"Australia/Eucla,     2024-07-15T10:17:00Z, 2024-07-15T10:15:00Z",
				"Pacific/Chatham,     2024-07-15T10:17:00Z, 2024-07-15T10:15:00Z",
				"Pacific/Chatham,     2024-01-15T10:17:00Z, 2024-01-15T10:15:00Z",
				"America/St_Johns,    2024-07-15T10:17:00Z, 2024-07-15T09:30:00Z",
				"America/St_Johns,    2024-01-15T10:17:00Z, 2024-01-15T09:30:00Z",
				"Australia/Lord_Howe, 2024-07-15T10:17:00Z, 2024-07-15T09:30:00Z",
				"Australia/Lord_Howe, 2024-01-15T10:17:00Z, 2024-01-15T10:00:00Z",
				"Asia/Kolkata,        2024-07-15T09:30:00Z, 2024-07-15T09:30:00Z",
				"Asia/Kolkata,        2024-07-15T09:29:59.999Z, 2024-07-15T08:30:00Z",
				"UTC,                 1960-05-05T05:05:05.005Z, 1960-05-05T05:00:00Z" })
		void hourStartsAtTheLocalFullHour(String zone, String instant, String expectedStart) {
			TimeInterval hour = TimeBucketer.unitAt(at(instant), BucketUnit.HOUR, ZoneId.of(zone), DayOfWeek.MONDAY);
			assertThat(hour).isEqualTo(new TimeInterval(at(expectedStart), at(expectedStart).plusSeconds(3600)));
			assertThat(TimeBucketer.unitStart(at(instant), BucketUnit.HOUR, ZoneId.of(zone), DayOfWeek.MONDAY))
				.isEqualTo(at(expectedStart));
			assertThat(TimeBucketer.nextUnitStart(at(instant), BucketUnit.HOUR, ZoneId.of(zone), DayOfWeek.MONDAY))
				.isEqualTo(at(expectedStart).plusSeconds(3600));
		}

		@Test
		void kolkataDayOfHoursIsOnHalfPastUtc() {
			List<TimeInterval> buckets = buckets("2024-07-14T18:30:00Z", "2024-07-15T18:30:00Z", BucketUnit.HOUR,
					ZoneId.of("Asia/Kolkata"));
			assertThat(buckets).extracting(TimeInterval::start)
				.containsExactlyElementsOf(every("2024-07-14T18:30:00Z", Duration.ofHours(1), 24));
		}

	}

	@Nested
	class DayBuckets {

		@Test
		void athensDayBoundariesAreAtLocalMidnight() {
			TimeInterval day = TimeBucketer.unitAt(at("2015-07-21T12:00:00Z"), BucketUnit.DAY, ATHENS,
					DayOfWeek.MONDAY);
			assertThat(day.start().toEpochMilli()).isEqualTo(1437426000000L);
			assertThat(day.end().toEpochMilli()).isEqualTo(1437512400000L);
			assertThat(TimeBucketer.unitStart(Instant.ofEpochMilli(1437512399999L), BucketUnit.DAY, ATHENS,
					DayOfWeek.MONDAY))
				.isEqualTo(Instant.ofEpochMilli(1437426000000L));
			assertThat(TimeBucketer.unitStart(Instant.ofEpochMilli(1437512400000L), BucketUnit.DAY, ATHENS,
					DayOfWeek.MONDAY))
				.isEqualTo(Instant.ofEpochMilli(1437512400000L));
		}

		@ParameterizedTest
		@CsvSource({ "UTC,                 2024-07-15T12:00:00Z, 2024-07-15T00:00:00Z, 2024-07-16T00:00:00Z",
				"Europe/Athens,       2015-07-21T12:00:00Z, 2015-07-20T21:00:00Z, 2015-07-21T21:00:00Z",
				"Europe/Athens,       2024-01-15T12:00:00Z, 2024-01-14T22:00:00Z, 2024-01-15T22:00:00Z",
				"Europe/Athens,       2024-03-31T12:00:00Z, 2024-03-30T22:00:00Z, 2024-03-31T21:00:00Z",
				"Europe/Athens,       2024-10-27T12:00:00Z, 2024-10-26T21:00:00Z, 2024-10-27T22:00:00Z",
				"America/New_York,    2024-07-15T12:00:00Z, 2024-07-15T04:00:00Z, 2024-07-16T04:00:00Z",
				"America/New_York,    2024-01-15T12:00:00Z, 2024-01-15T05:00:00Z, 2024-01-16T05:00:00Z",
				"Asia/Kolkata,        2024-07-15T12:00:00Z, 2024-07-14T18:30:00Z, 2024-07-15T18:30:00Z",
				"Asia/Kathmandu,      2024-07-15T12:00:00Z, 2024-07-14T18:15:00Z, 2024-07-15T18:15:00Z",
				"Australia/Eucla,     2024-07-15T12:00:00Z, 2024-07-14T15:15:00Z, 2024-07-15T15:15:00Z",
				"Pacific/Chatham,     2024-07-15T00:00:00Z, 2024-07-14T11:15:00Z, 2024-07-15T11:15:00Z",
				"Pacific/Chatham,     2024-01-15T00:00:00Z, 2024-01-14T10:15:00Z, 2024-01-15T10:15:00Z",
				"Pacific/Chatham,     2024-04-07T00:00:00Z, 2024-04-06T10:15:00Z, 2024-04-07T11:15:00Z",
				"Pacific/Chatham,     2024-09-29T00:00:00Z, 2024-09-28T11:15:00Z, 2024-09-29T10:15:00Z",
				"America/St_Johns,    2024-07-15T12:00:00Z, 2024-07-15T02:30:00Z, 2024-07-16T02:30:00Z",
				"America/St_Johns,    2024-01-15T12:00:00Z, 2024-01-15T03:30:00Z, 2024-01-16T03:30:00Z",
				"Australia/Lord_Howe, 2024-07-15T00:00:00Z, 2024-07-14T13:30:00Z, 2024-07-15T13:30:00Z",
				"Australia/Lord_Howe, 2024-01-15T00:00:00Z, 2024-01-14T13:00:00Z, 2024-01-15T13:00:00Z",
				"Australia/Lord_Howe, 2024-04-07T00:00:00Z, 2024-04-06T13:00:00Z, 2024-04-07T13:30:00Z",
				"Australia/Lord_Howe, 2024-10-06T00:00:00Z, 2024-10-05T13:30:00Z, 2024-10-06T13:00:00Z",
				"America/Sao_Paulo,   2018-11-04T12:00:00Z, 2018-11-04T03:00:00Z, 2018-11-05T02:00:00Z",
				"America/Sao_Paulo,   2018-02-17T12:00:00Z, 2018-02-17T02:00:00Z, 2018-02-18T03:00:00Z",
				"Asia/Beirut,         2024-03-31T12:00:00Z, 2024-03-30T22:00:00Z, 2024-03-31T21:00:00Z",
				"America/Havana,      2024-03-10T12:00:00Z, 2024-03-10T05:00:00Z, 2024-03-11T04:00:00Z",
				"America/Havana,      2024-11-03T05:30:00Z, 2024-11-03T04:00:00Z, 2024-11-04T05:00:00Z",
				"Pacific/Apia,        2011-12-30T12:00:00Z, 2011-12-30T10:00:00Z, 2011-12-31T10:00:00Z" })
		void dayStartsAtLocalMidnightOrTheFirstValidTime(String zone, String instant, String expectedStart,
				String expectedEnd) {
			TimeInterval day = TimeBucketer.unitAt(at(instant), BucketUnit.DAY, ZoneId.of(zone), DayOfWeek.MONDAY);
			assertThat(day).isEqualTo(new TimeInterval(at(expectedStart), at(expectedEnd)));
			assertThat(TimeBucketer.unitStart(at(instant), BucketUnit.DAY, ZoneId.of(zone), DayOfWeek.MONDAY))
				.isEqualTo(at(expectedStart));
			assertThat(TimeBucketer.nextUnitStart(at(instant), BucketUnit.DAY, ZoneId.of(zone), DayOfWeek.MONDAY))
				.isEqualTo(at(expectedEnd));
		}

		@Test
		void athensMarchHas31DailyBucketsWithOneOf23Hours() {
			List<TimeInterval> buckets = buckets("2024-02-29T22:00:00Z", "2024-03-31T21:00:00Z", BucketUnit.DAY,
					ATHENS);
			assertThat(buckets).hasSize(31);
			assertThat(buckets.get(29))
				.isEqualTo(new TimeInterval(at("2024-03-29T22:00:00Z"), at("2024-03-30T22:00:00Z")));
			assertThat(buckets.get(30))
				.isEqualTo(new TimeInterval(at("2024-03-30T22:00:00Z"), at("2024-03-31T21:00:00Z")));
			assertThat(lengths(buckets).subList(0, 30)).containsOnly(Duration.ofHours(24));
			assertThat(lengths(buckets).get(30)).isEqualTo(Duration.ofHours(23));
		}

		@Test
		void stJohnsDayAfterClocksWentBackAcrossMidnight() {
			// 2010-11-07 00:01-02:30 (02:31Z) went back to 2010-11-06 23:01-03:30: local
			// midnight of the 7th happened at 02:30Z and again at 03:30Z.
			assertThat(edges("2010-11-06T00:00:00Z", "2010-11-09T00:00:00Z", BucketUnit.DAY, ST_JOHNS)).containsExactly(
					at("2010-11-06T00:00:00Z"), at("2010-11-06T02:30:00Z"), at("2010-11-07T02:30:00Z"),
					at("2010-11-08T03:30:00Z"), at("2010-11-09T00:00:00Z"));
			// a range starting in the repeated hour is clipped from the 7th
			assertThat(edges("2010-11-07T03:00:00Z", "2010-11-09T00:00:00Z", BucketUnit.DAY, ST_JOHNS))
				.containsExactly(at("2010-11-07T03:00:00Z"), at("2010-11-08T03:30:00Z"), at("2010-11-09T00:00:00Z"));
		}

		/**
		 * 2010-11-07T03:00Z is 23:30-03:30 on the 6th again, so {@code unitStart} returns
		 * the start of the 6th and {@code unitAt} is [2010-11-06T02:30Z,
		 * 2010-11-07T02:30Z), which does not contain the instant; {@code edges} puts it
		 * in [2010-11-07T02:30Z, 2010-11-08T03:30Z).
		 */
		@Test
		void stJohnsUnitAtAfterClocksWentBackAcrossMidnightContainsTheInstant() {
			Instant instant = at("2010-11-07T03:00:00Z");
			assertThat(TimeBucketer.unitAt(instant, BucketUnit.DAY, ST_JOHNS, DayOfWeek.MONDAY))
				.isEqualTo(new TimeInterval(at("2010-11-07T02:30:00Z"), at("2010-11-08T03:30:00Z")));
			assertThat(TimeBucketer
				.unitAt(at("2010-03-04T15:30:00Z"), BucketUnit.DAY, ZoneId.of("Antarctica/Casey"), DayOfWeek.MONDAY)
				.contains(at("2010-03-04T15:30:00Z"))).isTrue();
		}

		@Test
		void apiaSkippedDecember30th2011() {
			// Samoa went from -10:00 to +14:00: 2011-12-29 is followed by 2011-12-31.
			List<TimeInterval> buckets = buckets("2011-12-29T10:00:00Z", "2011-12-31T10:00:00Z", BucketUnit.DAY, APIA);
			assertThat(buckets).containsExactly(
					new TimeInterval(at("2011-12-29T10:00:00Z"), at("2011-12-30T10:00:00Z")),
					new TimeInterval(at("2011-12-30T10:00:00Z"), at("2011-12-31T10:00:00Z")));
			assertThat(buckets).extracting((bucket) -> TimeBucketer.localDate(bucket.start(), APIA))
				.containsExactly(LocalDate.of(2011, 12, 29), LocalDate.of(2011, 12, 31));
		}

	}

	@Nested
	class WeekBuckets {

		@ParameterizedTest
		@CsvSource({ "MONDAY,    2024-07-14T21:00:00Z, 2024-07-21T21:00:00Z",
				"TUESDAY,   2024-07-15T21:00:00Z, 2024-07-22T21:00:00Z",
				"WEDNESDAY, 2024-07-16T21:00:00Z, 2024-07-23T21:00:00Z",
				"THURSDAY,  2024-07-10T21:00:00Z, 2024-07-17T21:00:00Z",
				"FRIDAY,    2024-07-11T21:00:00Z, 2024-07-18T21:00:00Z",
				"SATURDAY,  2024-07-12T21:00:00Z, 2024-07-19T21:00:00Z",
				"SUNDAY,    2024-07-13T21:00:00Z, 2024-07-20T21:00:00Z" })
		void weekContainingWednesday17July2024StartsOnItsFirstDay(DayOfWeek firstDayOfWeek, String expectedStart,
				String expectedEnd) {
			// 2024-07-17T12:00Z is Wednesday 15:00 in Athens (+03:00).
			Instant probe = at("2024-07-17T12:00:00Z");
			assertThat(TimeBucketer.unitAt(probe, BucketUnit.WEEK, ATHENS, firstDayOfWeek))
				.isEqualTo(new TimeInterval(at(expectedStart), at(expectedEnd)));
			assertThat(TimeBucketer.unitStart(at(expectedStart), BucketUnit.WEEK, ATHENS, firstDayOfWeek))
				.isEqualTo(at(expectedStart));
			assertThat(
					TimeBucketer.unitStart(at(expectedStart).minusMillis(1), BucketUnit.WEEK, ATHENS, firstDayOfWeek))
				.isEqualTo(at(expectedStart).minus(Duration.ofDays(7)));
			assertThat(TimeBucketer.nextUnitStart(at(expectedStart), BucketUnit.WEEK, ATHENS, firstDayOfWeek))
				.isEqualTo(at(expectedEnd));
		}

		@ParameterizedTest
		@CsvSource({ "MONDAY,    2024-03-24T22:00:00Z, 2024-03-31T21:00:00Z",
				"SUNDAY,    2024-03-30T22:00:00Z, 2024-04-06T21:00:00Z",
				"SATURDAY,  2024-03-29T22:00:00Z, 2024-04-05T21:00:00Z" })
		void weekAcrossAthensSpringForwardIs167Hours(DayOfWeek firstDayOfWeek, String expectedStart,
				String expectedEnd) {
			TimeInterval week = TimeBucketer.unitAt(at("2024-03-31T12:00:00Z"), BucketUnit.WEEK, ATHENS,
					firstDayOfWeek);
			assertThat(week).isEqualTo(new TimeInterval(at(expectedStart), at(expectedEnd)));
			assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(167));
		}

		@ParameterizedTest
		@CsvSource({ "MONDAY,    5, 2024-07-08, 2024-07-29", "TUESDAY,   6, 2024-07-02, 2024-07-30",
				"WEDNESDAY, 6, 2024-07-03, 2024-07-31", "THURSDAY,  5, 2024-07-04, 2024-07-25",
				"FRIDAY,    5, 2024-07-05, 2024-07-26", "SATURDAY,  5, 2024-07-06, 2024-07-27",
				"SUNDAY,    5, 2024-07-07, 2024-07-28" })
		void july2024CutIntoWeeks(DayOfWeek firstDayOfWeek, int expectedBuckets, LocalDate secondEdge,
				LocalDate lastInteriorEdge) {
			// New York is at -04:00 all July: local midnight is 04:00Z.
			List<Instant> edges = TimeBucketer.edges(at("2024-07-01T04:00:00Z"), at("2024-08-01T04:00:00Z"),
					BucketUnit.WEEK, NEW_YORK, firstDayOfWeek, UNLIMITED);
			assertThat(edges).hasSize(expectedBuckets + 1);
			assertThat(edges.get(0)).isEqualTo(at("2024-07-01T04:00:00Z"));
			assertThat(edges.get(1)).isEqualTo(at(secondEdge + "T04:00:00Z"));
			assertThat(edges.get(edges.size() - 2)).isEqualTo(at(lastInteriorEdge + "T04:00:00Z"));
			assertThat(edges.get(edges.size() - 1)).isEqualTo(at("2024-08-01T04:00:00Z"));
			for (Instant edge : edges.subList(1, edges.size() - 1)) {
				assertThat(edge.atZone(NEW_YORK).getDayOfWeek()).isEqualTo(firstDayOfWeek);
			}
		}

		@ParameterizedTest
		@CsvSource({ "2015-02-01, 2015-03-01, SUNDAY, 4", "2015-02-01, 2015-03-01, MONDAY, 5",
				"2021-02-01, 2021-03-01, MONDAY, 4", "2021-02-01, 2021-03-01, SUNDAY, 5",
				"2024-02-01, 2024-03-01, THURSDAY, 5", "2024-02-01, 2024-03-01, FRIDAY, 5",
				"2020-02-01, 2020-03-01, SATURDAY, 5", "2020-02-01, 2020-03-01, SUNDAY, 5",
				"2024-09-01, 2024-10-01, SUNDAY, 5", "2024-09-01, 2024-10-01, MONDAY, 6",
				"2024-03-01, 2024-04-01, SATURDAY, 6", "2024-03-01, 2024-04-01, FRIDAY, 5" })
		void monthCutIntoWeeks(LocalDate from, LocalDate to, DayOfWeek firstDayOfWeek, int expectedBuckets) {
			assertThat(TimeBucketer.buckets(at(from + "T00:00:00Z"), at(to + "T00:00:00Z"), BucketUnit.WEEK, UTC,
					firstDayOfWeek, UNLIMITED))
				.hasSize(expectedBuckets);
		}

		@ParameterizedTest
		@CsvSource({ "2024, MONDAY, 53", "2024, TUESDAY, 54", "2024, WEDNESDAY, 53", "2024, THURSDAY, 53",
				"2024, FRIDAY, 53", "2024, SATURDAY, 53", "2024, SUNDAY, 53", "2023, MONDAY, 53", "2023, SUNDAY, 53",
				"2023, SATURDAY, 53", "2000, SUNDAY, 54", "2000, SATURDAY, 53", "2000, MONDAY, 53" })
		void yearCutIntoWeeks(int year, DayOfWeek firstDayOfWeek, int expectedBuckets) {
			assertThat(TimeBucketer.buckets(at(year + "-01-01T00:00:00Z"), at((year + 1) + "-01-01T00:00:00Z"),
					BucketUnit.WEEK, UTC, firstDayOfWeek, UNLIMITED))
				.hasSize(expectedBuckets);
		}

		@Test
		void athensYear2024CutIntoTuesdayWeeks() {
			List<TimeInterval> buckets = TimeBucketer.buckets(at("2023-12-31T22:00:00Z"), at("2024-12-31T22:00:00Z"),
					BucketUnit.WEEK, ATHENS, DayOfWeek.TUESDAY, UNLIMITED);
			assertThat(buckets).hasSize(54);
			// Monday 1 January alone, then the first Tuesday.
			assertThat(buckets.get(0))
				.isEqualTo(new TimeInterval(at("2023-12-31T22:00:00Z"), at("2024-01-01T22:00:00Z")));
			// Tuesday 31 December alone.
			assertThat(buckets.get(53))
				.isEqualTo(new TimeInterval(at("2024-12-30T22:00:00Z"), at("2024-12-31T22:00:00Z")));
		}

	}

	@Nested
	class MonthAndYearBuckets {

		@ParameterizedTest
		@CsvSource({ "2024-01-31T22:00:00Z, 2024-02-29T22:00:00Z, 29", "2023-01-31T22:00:00Z, 2023-02-28T22:00:00Z, 28",
				"2100-01-31T22:00:00Z, 2100-02-28T22:00:00Z, 28", "2000-01-31T22:00:00Z, 2000-02-29T22:00:00Z, 29",
				"2023-12-31T22:00:00Z, 2024-01-31T22:00:00Z, 31", "2024-03-31T21:00:00Z, 2024-04-30T21:00:00Z, 30",
				"2024-10-31T22:00:00Z, 2024-11-30T22:00:00Z, 30", "2023-12-31T22:00:00Z, 2024-12-31T22:00:00Z, 366",
				"2022-12-31T22:00:00Z, 2023-12-31T22:00:00Z, 365", "1999-12-31T22:00:00Z, 2000-12-31T22:00:00Z, 366",
				"2099-12-31T22:00:00Z, 2100-12-31T22:00:00Z, 365" })
		void athensMonthsAndYearsByDay(String from, String to, int expectedDays) {
			// each range is exactly one Athens month or year
			TimeInterval unit = TimeBucketer.unitAt(at(from), (expectedDays > 31) ? BucketUnit.YEAR : BucketUnit.MONTH,
					ATHENS, DayOfWeek.MONDAY);
			assertThat(unit).isEqualTo(new TimeInterval(at(from), at(to)));
			assertThat(buckets(from, to, BucketUnit.DAY, ATHENS)).hasSize(expectedDays);
		}

		@Test
		void athensYearByMonth() {
			List<Instant> edges = edges("2023-12-31T22:00:00Z", "2024-12-31T22:00:00Z", BucketUnit.MONTH, ATHENS);
			assertThat(edges).containsExactly(at("2023-12-31T22:00:00Z"), at("2024-01-31T22:00:00Z"),
					at("2024-02-29T22:00:00Z"), at("2024-03-31T21:00:00Z"), at("2024-04-30T21:00:00Z"),
					at("2024-05-31T21:00:00Z"), at("2024-06-30T21:00:00Z"), at("2024-07-31T21:00:00Z"),
					at("2024-08-31T21:00:00Z"), at("2024-09-30T21:00:00Z"), at("2024-10-31T22:00:00Z"),
					at("2024-11-30T22:00:00Z"), at("2024-12-31T22:00:00Z"));
		}

		@Test
		void athensYearByHour() {
			assertThat(buckets("2023-12-31T22:00:00Z", "2024-12-31T22:00:00Z", BucketUnit.HOUR, ATHENS)).hasSize(8784);
			assertThat(buckets("2022-12-31T22:00:00Z", "2023-12-31T22:00:00Z", BucketUnit.HOUR, ATHENS)).hasSize(8760);
		}

		@Test
		void utcYears() {
			assertThat(edges("2020-01-01T00:00:00Z", "2025-01-01T00:00:00Z", BucketUnit.YEAR, UTC)).containsExactly(
					at("2020-01-01T00:00:00Z"), at("2021-01-01T00:00:00Z"), at("2022-01-01T00:00:00Z"),
					at("2023-01-01T00:00:00Z"), at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"));
			assertThat(buckets("1950-01-01T00:00:00Z", "2150-01-01T00:00:00Z", BucketUnit.YEAR, UTC)).hasSize(200);
			assertThat(buckets("1950-01-01T00:00:00Z", "2150-01-01T00:00:00Z", BucketUnit.MONTH, UTC)).hasSize(2400);
		}

		@ParameterizedTest
		@EnumSource(BucketUnit.class)
		void unitsContainingAnAthensAfternoon(BucketUnit unit) {
			// 2024-07-17T10:17Z is Wednesday 13:17 in Athens (+03:00).
			Instant probe = at("2024-07-17T10:17:00Z");
			TimeInterval expected = switch (unit) {
				case HOUR -> new TimeInterval(at("2024-07-17T10:00:00Z"), at("2024-07-17T11:00:00Z"));
				case DAY -> new TimeInterval(at("2024-07-16T21:00:00Z"), at("2024-07-17T21:00:00Z"));
				case WEEK -> new TimeInterval(at("2024-07-14T21:00:00Z"), at("2024-07-21T21:00:00Z"));
				case MONTH -> new TimeInterval(at("2024-06-30T21:00:00Z"), at("2024-07-31T21:00:00Z"));
				case YEAR -> new TimeInterval(at("2023-12-31T22:00:00Z"), at("2024-12-31T22:00:00Z"));
			};
			assertThat(TimeBucketer.unitAt(probe, unit, ATHENS, DayOfWeek.MONDAY)).isEqualTo(expected);
			assertThat(TimeBucketer.unitStart(probe, unit, ATHENS, DayOfWeek.MONDAY)).isEqualTo(expected.start());
			assertThat(TimeBucketer.nextUnitStart(probe, unit, ATHENS, DayOfWeek.MONDAY)).isEqualTo(expected.end());
			// at a unit start: that unit, and the next one starts strictly later
			assertThat(TimeBucketer.unitStart(expected.start(), unit, ATHENS, DayOfWeek.MONDAY))
				.isEqualTo(expected.start());
			assertThat(TimeBucketer.nextUnitStart(expected.start(), unit, ATHENS, DayOfWeek.MONDAY))
				.isEqualTo(expected.end());
			assertThat(TimeBucketer.unitStart(expected.end().minusMillis(1), unit, ATHENS, DayOfWeek.MONDAY))
				.isEqualTo(expected.start());
		}

	}

	@Nested
	class Clipping {

		@Test
		void rangeStartingAndEndingMidDayIsClipped() {
			assertThat(edges("2024-07-15T10:17:00Z", "2024-07-17T05:00:00Z", BucketUnit.DAY, ATHENS)).containsExactly(
					at("2024-07-15T10:17:00Z"), at("2024-07-15T21:00:00Z"), at("2024-07-16T21:00:00Z"),
					at("2024-07-17T05:00:00Z"));
		}

		@Test
		void rangeWithinOneUnitIsOneBucket() {
			assertThat(buckets("2024-07-15T10:17:00Z", "2024-07-15T10:45:00Z", BucketUnit.HOUR, UTC))
				.containsExactly(new TimeInterval(at("2024-07-15T10:17:00Z"), at("2024-07-15T10:45:00Z")));
			assertThat(buckets("2024-07-15T10:17:00Z", "2024-07-15T10:17:00.001Z", BucketUnit.YEAR, UTC))
				.containsExactly(new TimeInterval(at("2024-07-15T10:17:00Z"), at("2024-07-15T10:17:00.001Z")));
		}

		@Test
		void rangeOfWholeUnitsHasNoPartialBucket() {
			assertThat(edges("2024-07-15T00:00:00Z", "2024-07-16T00:00:00Z", BucketUnit.DAY, UTC))
				.containsExactly(at("2024-07-15T00:00:00Z"), at("2024-07-16T00:00:00Z"));
		}

		@Test
		void rangeOneMillisecondPastAUnitHasATinyLastBucket() {
			assertThat(buckets("2024-07-15T00:00:00.001Z", "2024-07-16T00:00:00.001Z", BucketUnit.DAY, UTC))
				.containsExactly(new TimeInterval(at("2024-07-15T00:00:00.001Z"), at("2024-07-16T00:00:00Z")),
						new TimeInterval(at("2024-07-16T00:00:00Z"), at("2024-07-16T00:00:00.001Z")));
		}

		@Test
		void monthsClippedAtBothEnds() {
			assertThat(edges("2024-02-10T00:00:00Z", "2024-04-20T00:00:00Z", BucketUnit.MONTH, UTC)).containsExactly(
					at("2024-02-10T00:00:00Z"), at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"),
					at("2024-04-20T00:00:00Z"));
		}

		@Test
		void emptyRangeHasNoBucket() {
			for (BucketUnit unit : BucketUnit.values()) {
				assertThat(edges("2024-07-15T10:17:00Z", "2024-07-15T10:17:00Z", unit, ATHENS))
					.containsExactly(at("2024-07-15T10:17:00Z"));
				assertThat(buckets("2024-07-15T10:17:00Z", "2024-07-15T10:17:00Z", unit, ATHENS)).isEmpty();
				assertThat(TimeBucketer.buckets(at("2024-07-15T00:00:00Z"), at("2024-07-15T00:00:00Z"), unit, ATHENS,
						DayOfWeek.MONDAY, 0))
					.isEmpty();
			}
		}

		@Test
		void reversedRangeIsRejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> TimeBucketer.edges(at("2024-07-15T10:17:00Z"),
					at("2024-07-15T10:16:59.999Z"), BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, UNLIMITED));
		}

		@Test
		void maxBucketsIsAllowed() {
			assertThat(TimeBucketer.buckets(at("2024-07-15T00:00:00Z"), at("2024-07-16T00:00:00Z"), BucketUnit.HOUR,
					UTC, DayOfWeek.MONDAY, 24))
				.hasSize(24);
			assertThat(TimeBucketer.buckets(at("2024-07-15T00:00:00Z"), at("2024-07-15T00:30:00Z"), BucketUnit.HOUR,
					UTC, DayOfWeek.MONDAY, 1))
				.hasSize(1);
		}

		@Test
		void farMoreThanMaxBucketsIsRejected() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeBucketer.buckets(at("2024-07-15T00:00:00Z"), at("2024-07-16T00:00:00Z"),
						BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, 22))
				.withMessageContaining("22");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeBucketer.buckets(at("1950-01-01T00:00:00Z"), at("2150-01-01T00:00:00Z"),
						BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, AggregationService.MAX_BUCKETS));
		}

		/**
		 * Regression: {@code edges} checks {@code edges.size() > maxBuckets} before
		 * adding an interior edge, so it lets through {@code maxBuckets + 1} buckets.
		 */
		@Test
		void oneMoreThanMaxBucketsIsRejected() {
			assertThatIllegalArgumentException().isThrownBy(() -> TimeBucketer.buckets(at("2024-07-15T00:00:00Z"),
					at("2024-07-16T00:00:00Z"), BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, 23));
			assertThatIllegalArgumentException().isThrownBy(() -> TimeBucketer.buckets(at("2024-07-15T00:00:00Z"),
					at("2024-07-15T01:30:00Z"), BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, 1));
			assertThatIllegalArgumentException().isThrownBy(() -> TimeBucketer.buckets(at("2024-07-15T00:30:00Z"),
					at("2024-07-15T01:30:00Z"), BucketUnit.HOUR, UTC, DayOfWeek.MONDAY, 0));
		}

	}

	@Nested
	class Helpers {

		@ParameterizedTest
		@CsvSource({ "America/Sao_Paulo, 2018-11-04, 2018-11-04T03:00:00Z",
				"America/Sao_Paulo, 2018-11-03, 2018-11-03T03:00:00Z",
				"America/Sao_Paulo, 2018-02-18, 2018-02-18T03:00:00Z", "Asia/Beirut, 2024-03-31, 2024-03-30T22:00:00Z",
				"Asia/Beirut, 2024-10-27, 2024-10-26T22:00:00Z", "America/Havana, 2024-03-10, 2024-03-10T05:00:00Z",
				"America/Havana, 2024-11-03, 2024-11-03T04:00:00Z", "Europe/Athens, 2024-03-31, 2024-03-30T22:00:00Z",
				"Pacific/Apia, 2011-12-30, 2011-12-30T10:00:00Z", "Pacific/Apia, 2011-12-31, 2011-12-30T10:00:00Z",
				"Asia/Kathmandu, 2024-07-15, 2024-07-14T18:15:00Z" })
		void startOfDay(String zone, LocalDate date, String expected) {
			assertThat(TimeBucketer.startOfDay(date, ZoneId.of(zone))).isEqualTo(at(expected));
		}

		@ParameterizedTest
		@CsvSource({ "UTC, 2024-01-01T00:00:00Z, 2024-01-08T00:00:00Z, 7",
				"UTC, 2024-01-01T00:00:00Z, 2024-01-07T23:59:59.999Z, 6",
				"UTC, 2024-01-08T00:00:00Z, 2024-01-01T00:00:00.001Z, -6",
				"UTC, 2024-01-08T00:00:00Z, 2024-01-01T00:00:00Z, -7",
				"UTC, 2024-01-01T10:00:00Z, 2024-01-01T10:00:00Z, 0",
				"UTC, 2024-01-01T23:00:00Z, 2024-01-02T01:00:00Z, 0",
				"UTC, 2024-01-02T01:00:00Z, 2024-01-01T23:00:00Z, 0",
				// 12:00 to 12:00 local across spring forward: 23 real hours, 1 local day
				"Europe/Athens, 2024-03-30T10:00:00Z, 2024-03-31T09:00:00Z, 1",
				"Europe/Athens, 2024-03-31T09:00:00Z, 2024-03-30T10:00:00Z, -1",
				// 12:00+03 to 11:30+02 across fall back: 24.5 real hours, 23.5 local
				"Europe/Athens, 2024-10-26T09:00:00Z, 2024-10-27T09:30:00Z, 0",
				"Europe/Athens, 2024-10-27T09:30:00Z, 2024-10-26T09:00:00Z, 0",
				// 12:00+03 to 12:00+02: 25 real hours, 1 local day
				"Europe/Athens, 2024-10-26T09:00:00Z, 2024-10-27T10:00:00Z, 1",
				"Europe/Athens, 2024-01-01T00:00:00Z, 2024-12-31T23:00:00Z, 365",
				"Asia/Kolkata, 2024-01-01T18:29:00Z, 2024-01-03T18:31:00Z, 2",
				"Pacific/Apia, 2011-12-29T22:00:00Z, 2011-12-30T10:00:00Z, 1" })
		void wholeDaysBetweenTruncatesLocalTimeTowardsZero(String zone, String start, String end, long expected) {
			assertThat(TimeBucketer.wholeDaysBetween(at(start), at(end), ZoneId.of(zone))).isEqualTo(expected);
		}

		@Test
		void localDateAndTime() {
			assertThat(TimeBucketer.localDate(at("2024-07-14T21:00:00Z"), ATHENS)).isEqualTo(LocalDate.of(2024, 7, 15));
			assertThat(TimeBucketer.localDate(at("2024-07-14T20:59:59.999Z"), ATHENS))
				.isEqualTo(LocalDate.of(2024, 7, 14));
			assertThat(TimeBucketer.localDateTime(at("2024-07-15T10:17:00Z"), ZoneId.of("Asia/Kathmandu")))
				.isEqualTo(LocalDateTime.of(2024, 7, 15, 16, 2));
		}

		@Test
		void plusLocalDaysKeepsTheLocalTime() {
			// 12:00+02:00 plus one day is 12:00+03:00, 23 hours later
			assertThat(TimeBucketer.plusLocalDays(at("2024-03-30T10:00:00Z"), 1, ATHENS))
				.isEqualTo(at("2024-03-31T09:00:00Z"));
			assertThat(TimeBucketer.plusLocalDays(at("2024-03-31T09:00:00Z"), -1, ATHENS))
				.isEqualTo(at("2024-03-30T10:00:00Z"));
			assertThat(TimeBucketer.plusLocalDays(at("2024-07-15T10:17:00Z"), 0, ATHENS))
				.isEqualTo(at("2024-07-15T10:17:00Z"));
		}

	}

	/** The slot cover of {@link AggregationService.Cover}. */
	@Nested
	class SlotCover {

		private static List<String> show(List<long[]> runs) {
			return runs.stream()
				.map((run) -> Instant.ofEpochMilli(run[0]) + ".." + Instant.ofEpochMilli(run[1]))
				.toList();
		}

		private static long[] millis(String... instants) {
			long[] millis = new long[instants.length];
			for (int i = 0; i < instants.length; i++) {
				millis[i] = at(instants[i]).toEpochMilli();
			}
			return millis;
		}

		@Test
		void utcAlignedDayIsWholeHours() {
			AggregationService.Cover cover = AggregationService.Cover
				.of(millis("2024-07-15T00:00:00Z", "2024-07-16T00:00:00Z"));
			assertThat(show(cover.runs().get(Granularity.HOUR)))
				.containsExactly("2024-07-15T00:00:00Z..2024-07-16T00:00:00Z");
			assertThat(cover.runs().get(Granularity.QUARTER_HOUR)).isEmpty();
			assertThat(cover.exact()).isEmpty();
		}

		@Test
		void kolkataDaysNeedQuarterHoursAtTheirEnds() {
			AggregationService.Cover cover = AggregationService.Cover
				.of(millis("2024-07-14T18:30:00Z", "2024-07-15T18:30:00Z", "2024-07-16T18:30:00Z"));
			assertThat(show(cover.runs().get(Granularity.HOUR))).containsExactly(
					"2024-07-14T19:00:00Z..2024-07-15T18:00:00Z", "2024-07-15T19:00:00Z..2024-07-16T18:00:00Z");
			assertThat(show(cover.runs().get(Granularity.QUARTER_HOUR))).containsExactly(
					"2024-07-14T18:30:00Z..2024-07-14T19:00:00Z", "2024-07-15T18:00:00Z..2024-07-15T19:00:00Z",
					"2024-07-16T18:00:00Z..2024-07-16T18:30:00Z");
			assertThat(cover.exact()).isEmpty();
		}

		@Test
		void unalignedEdgesLeaveExactSlivers() {
			AggregationService.Cover cover = AggregationService.Cover
				.of(millis("2024-07-15T10:17:30.500Z", "2024-07-15T12:07:00Z"));
			assertThat(show(cover.exact())).containsExactly("2024-07-15T10:17:30.500Z..2024-07-15T10:30:00Z",
					"2024-07-15T12:00:00Z..2024-07-15T12:07:00Z");
			assertThat(show(cover.runs().get(Granularity.QUARTER_HOUR)))
				.containsExactly("2024-07-15T10:30:00Z..2024-07-15T11:00:00Z");
			assertThat(show(cover.runs().get(Granularity.HOUR)))
				.containsExactly("2024-07-15T11:00:00Z..2024-07-15T12:00:00Z");
		}

		@Test
		void bucketWithoutAWholeQuarterIsExact() {
			AggregationService.Cover small = AggregationService.Cover
				.of(millis("2024-07-15T10:01:00Z", "2024-07-15T10:14:00Z"));
			assertThat(show(small.exact())).containsExactly("2024-07-15T10:01:00Z..2024-07-15T10:14:00Z");
			AggregationService.Cover straddling = AggregationService.Cover
				.of(millis("2024-07-15T10:01:00Z", "2024-07-15T10:29:00Z"));
			assertThat(show(straddling.exact())).containsExactly("2024-07-15T10:01:00Z..2024-07-15T10:29:00Z");
			assertThat(straddling.runs().get(Granularity.QUARTER_HOUR)).isEmpty();
			assertThat(straddling.runs().get(Granularity.HOUR)).isEmpty();
		}

		@Test
		void beforeTheEpoch() {
			AggregationService.Cover cover = AggregationService.Cover
				.of(millis("1960-01-01T00:10:00Z", "1960-01-01T02:00:00Z"));
			assertThat(show(cover.exact())).containsExactly("1960-01-01T00:10:00Z..1960-01-01T00:15:00Z");
			assertThat(show(cover.runs().get(Granularity.QUARTER_HOUR)))
				.containsExactly("1960-01-01T00:15:00Z..1960-01-01T01:00:00Z");
			assertThat(show(cover.runs().get(Granularity.HOUR)))
				.containsExactly("1960-01-01T01:00:00Z..1960-01-01T02:00:00Z");
		}

		@Test
		void noBucketNoCover() {
			AggregationService.Cover cover = AggregationService.Cover.of(millis("2024-07-15T10:01:00Z"));
			assertThat(cover.exact()).isEmpty();
			assertThat(cover.runs().get(Granularity.QUARTER_HOUR)).isEmpty();
			assertThat(cover.runs().get(Granularity.HOUR)).isEmpty();
		}

	}

}
