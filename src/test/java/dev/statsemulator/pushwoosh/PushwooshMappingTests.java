package dev.statsemulator.pushwoosh;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.statsemulator.eventstore.Platform;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The vendor's names, codes and formats for the emulator's values. */
class PushwooshMappingTests {

	@Test
	void everyEmulatorPlatformHasTheVendorsCode() {
		assertThat(PushwooshPlatform.values()).hasSameSizeAs(Platform.values());
		assertThat(PushwooshPlatform.ofEmulatorCode("ios").orElseThrow().code()).isEqualTo(1);
		assertThat(PushwooshPlatform.ofEmulatorCode("android").orElseThrow().code()).isEqualTo(3);
		assertThat(PushwooshPlatform.ofEmulatorCode("email").orElseThrow().code()).isEqualTo(14);
		assertThat(PushwooshPlatform.ofEmulatorCode("huawei_android").orElseThrow().code()).isEqualTo(17);
		assertThat(PushwooshPlatform.ofEmulatorCode("whatsapp").orElseThrow().code()).isEqualTo(21);
		assertThat(PushwooshPlatform.ofCode(19).orElseThrow().emulatorCode()).isEqualTo("xiaomi");
		assertThat(PushwooshPlatform.ofCode(2)).isEmpty();
		assertThat(PushwooshPlatform.ofLogName("huawei android").orElseThrow().enumName()).isEqualTo("HUAWEI_ANDROID");
		assertThat(PushwooshPlatform.ofLogName("huawei_android")).isPresent();
		assertThat(PushwooshPlatform.ofEnumName("ios")).as("enum names are upper case").isEmpty();
	}

	@Test
	void tokensComeWithTheVendorsSchemes() {
		assertThat(PushwooshTokenFilter.tokenOf("Api abc")).contains("abc");
		assertThat(PushwooshTokenFilter.tokenOf("token  abc ")).contains("abc");
		assertThat(PushwooshTokenFilter.tokenOf("KEY abc")).contains("abc");
		assertThat(PushwooshTokenFilter.tokenOf("Bearer abc")).isEmpty();
		assertThat(PushwooshTokenFilter.tokenOf("Api ")).isEmpty();
		assertThat(PushwooshTokenFilter.tokenOf(null)).isEmpty();
	}

	@Test
	void aLinksTemplateFormDropsQueryAndFragment() {
		assertThat(EmailLinksController.templateForm("https://a.example/x?b=1#c")).isEqualTo("https://a.example/x");
		assertThat(EmailLinksController.templateForm("https://a.example/x#c?b=1")).isEqualTo("https://a.example/x");
		assertThat(EmailLinksController.templateForm("https://a.example/x")).isEqualTo("https://a.example/x");
	}

	@Test
	void timesAreUtcInTheVendorsFormats() {
		Instant at = Instant.parse("2024-08-03T15:04:05.678Z");
		assertThat(PushwooshTimes.format(PushwooshTimes.SPACED, at)).isEqualTo("2024-08-03 15:04:05");
		assertThat(PushwooshTimes.format(PushwooshTimes.SECONDS, at)).isEqualTo("2024-08-03T15:04:05Z");
		assertThat(PushwooshTimes.format(PushwooshTimes.MILLIS, at)).isEqualTo("2024-08-03T15:04:05.678Z");
		assertThat(PushwooshTimes.spaced("date_from", "2024-08-03 15:04:05")).isEqualTo("2024-08-03T15:04:05Z");
		assertThat(PushwooshTimes.dayEnd("date_to", "2024-02-29")).isEqualTo("2024-03-01T00:00:00Z");
		assertThatExceptionOfType(PushwooshException.class)
			.isThrownBy(() -> PushwooshTimes.dayStart("date_from", "2023-02-29"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void wholeFloatsAreWrittenWithoutAFraction() {
		assertThat(TotalsByIntervalsService.number(0.0)).isEqualTo(0L);
		assertThat(TotalsByIntervalsService.number(2.0)).isEqualTo(2L);
		assertThat(TotalsByIntervalsService.number(0.125)).isEqualTo(0.125);
	}

}
