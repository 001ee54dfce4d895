package dev.statsemulator.generator;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} health component: OUT_OF_SERVICE (so {@code /actuator/health} answers
 * 503) until the demo workspace's traffic is complete, so scripts and container health
 * checks wait for whole numbers instead of reading partial ones; UP once it is, or when
 * the demo is turned off.
 */
@Component
class DemoHealthIndicator implements HealthIndicator {

	private final DemoWorkspace demo;

	private final GenerationProgress progress;

	DemoHealthIndicator(DemoWorkspace demo, GenerationProgress progress) {
		this.demo = demo;
		this.progress = progress;
	}

	@Override
	public Health health() {
		DemoWorkspace.State state = this.demo.state();
		Health.Builder health = switch (state) {
			case DISABLED, READY -> Health.up();
			case PENDING, GENERATING -> Health.status(Status.OUT_OF_SERVICE);
			case FAILED -> Health.down();
		};
		health.withDetail("state", state.name().toLowerCase(java.util.Locale.ROOT));
		this.progress.of(DemoWorkspace.ID).ifPresent((snapshot) -> health.withDetail("percent", snapshot.percent()));
		return health.build();
	}

}
