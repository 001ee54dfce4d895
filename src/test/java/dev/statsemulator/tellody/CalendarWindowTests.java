package dev.statsemulator.tellody;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.statsemulator.aggregation.BucketUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CalendarWindowTests {

	private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

	private static long millis(String instant) {
		return Instant.parse(instant).toEpochMilli();
	}

	@Test
	void dowCountsFromSunday() {
		assertThat(ReportRequest.firstDayOfWeek(0)).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(ReportRequest.firstDayOfWeek(1)).isEqualTo(DayOfWeek.MONDAY);
		assertThat(ReportRequest.firstDayOfWeek(5)).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(ReportRequest.firstDayOfWeek(6)).isEqualTo(DayOfWeek.SATURDAY);
	}

	@Test
	void theVendorsSampleDayIsAWindow() {
		CalendarWindow window = CalendarWindow.of("ContactChart",
				new ReportRequest(1437426000000L, 1437512399999L, BucketUnit.HOUR, BucketUnit.DAY, 0), ATHENS);
		assertThat(window.start()).isEqualTo(Instant.parse("2015-07-20T21:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2015-07-21T21:00:00Z"));
		assertThat(window.bucketing().unit()).isEqualTo(BucketUnit.HOUR);
		assertThat(window.bucketing().zone()).isEqualTo(ATHENS);
	}

	@Test
	void monthsAndYearsFollowTheCalendar() {
		// February 2016, a leap year, in Athens (UTC+2 in winter).
		CalendarWindow february = CalendarWindow.of("x", new ReportRequest(millis("2016-01-31T22:00:00Z"),
				millis("2016-02-29T21:59:59.999Z"), BucketUnit.DAY, BucketUnit.MONTH, 0), ATHENS);
		assertThat(february.end()).isEqualTo(Instant.parse("2016-02-29T22:00:00Z"));
		// A year with the summer-time change inside it.
		CalendarWindow year = CalendarWindow.of("x", new ReportRequest(millis("2015-12-31T22:00:00Z"),
				millis("2016-12-31T21:59:59.999Z"), BucketUnit.MONTH, BucketUnit.YEAR, 0), ATHENS);
		assertThat(year.start()).isEqualTo(Instant.parse("2015-12-31T22:00:00Z"));
		// A month that ends a day early is not a month.
		assertThatExceptionOfType(TellodyException.class)
			.isThrownBy(() -> CalendarWindow.of("x",
					new ReportRequest(millis("2016-01-31T22:00:00Z"), millis("2016-02-28T21:59:59.999Z"),
							BucketUnit.DAY, BucketUnit.MONTH, 0),
					ATHENS))
			.withMessageContaining("send to 1456783199999 (2016-02-29T23:59:59.999+02:00)");
	}

	@Test
	void weeksStartOnTheirDow() {
		// Wednesday 5 August 2015 00:00 in Athens.
		long wednesday = millis("2015-08-04T21:00:00Z");
		long nextWednesday = wednesday + 7 * 86_400_000L;
		assertThat(CalendarWindow
			.of("x", new ReportRequest(wednesday, nextWednesday - 1, BucketUnit.DAY, BucketUnit.WEEK, 3), ATHENS)
			.bucketing()
			.firstDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
		for (int dow : new int[] { 0, 1, 2, 4, 5, 6 }) {
			assertThatExceptionOfType(TellodyException.class)
				.isThrownBy(() -> CalendarWindow.of("x",
						new ReportRequest(wednesday, nextWednesday - 1, BucketUnit.DAY, BucketUnit.WEEK, dow), ATHENS))
				.withMessageContaining("is not the start of a week starting on")
				.withMessageContaining("(dow " + dow + ")");
		}
	}

}
