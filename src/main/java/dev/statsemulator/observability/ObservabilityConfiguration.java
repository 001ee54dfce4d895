package dev.statsemulator.observability;

import io.micrometer.core.instrument.MeterRegistry;

import dev.statsemulator.eventstore.StoreSizes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics for Prometheus: per-API request series, store sizes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
class ObservabilityConfiguration {

	@Bean
	ApiRequestObservationConvention apiRequestObservationConvention() {
		return new ApiRequestObservationConvention();
	}

	@Bean
	StoreSizeMetrics storeSizeMetrics(StoreSizes sizes, ObservabilityProperties properties, MeterRegistry registry) {
		return new StoreSizeMetrics(sizes, properties, registry);
	}

}
