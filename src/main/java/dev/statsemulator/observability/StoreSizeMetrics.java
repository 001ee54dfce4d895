package dev.statsemulator.observability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.eventstore.StoreSizes;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * {@code emulator_store_events{workspace}}: events stored, for the largest workspaces
 * only (so a store with many workspaces keeps a bounded number of series), counted in the
 * background every {@code emulator.metrics.store-size-refresh}, never at scrape time.
 */
class StoreSizeMetrics implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StoreSizeMetrics.class);

	private final StoreSizes sizes;

	private final ObservabilityProperties properties;

	private final MultiGauge gauge;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "store-size-metrics");
		thread.setDaemon(true);
		return thread;
	});

	StoreSizeMetrics(StoreSizes sizes, ObservabilityProperties properties, MeterRegistry registry) {
		this.sizes = sizes;
		this.properties = properties;
		this.gauge = MultiGauge.builder("emulator.store.events")
			.description("Events stored per workspace (the largest emulator.metrics.store-size-workspaces only)")
			.register(registry);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.storeSizeWorkspaces() == 0) {
			return;
		}
		long period = Math.max(1000, this.properties.storeSizeRefresh().toMillis());
		this.scheduler.scheduleWithFixedDelay(this::refresh, 0, period, TimeUnit.MILLISECONDS);
	}

	void refresh() {
		try {
			Map<String, Long> largest = this.sizes.largestWorkspaces(this.properties.storeSizeWorkspaces());
			List<MultiGauge.Row<?>> rows = largest.entrySet()
				.stream().<MultiGauge
						.Row<?>>map(
								(entry) -> MultiGauge.Row.of(Tags.of("workspace", entry.getKey()), entry.getValue()))
				.toList();
			this.gauge.register(rows, true);
		}
		catch (RuntimeException ex) {
			logger.debug("Store sizes not counted this time", ex);
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
