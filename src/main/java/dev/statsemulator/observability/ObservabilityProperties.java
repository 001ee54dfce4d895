package dev.statsemulator.observability;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code emulator.metrics.*}.
 *
 * @param requireAdminToken whether {@code /actuator/prometheus} wants the control API's
 * admin token ({@code Authorization: Bearer <token>}); open by default
 * @param storeSizeWorkspaces how many of the largest workspaces get a store-size gauge
 * (bounds the series)
 * @param storeSizeRefresh how often store sizes are counted again
 */
@Validated
@ConfigurationProperties("emulator.metrics")
record ObservabilityProperties(@DefaultValue("false") boolean requireAdminToken,
		@Min(0) @Max(1000) @DefaultValue("20") int storeSizeWorkspaces,
		@DefaultValue("60s") Duration storeSizeRefresh) {
}
