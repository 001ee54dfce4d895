package dev.statsemulator.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.workspace.CredentialConflictException;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On first start, the {@code demo} workspace: credentials for all four vendors (listed in
 * the README) and generated traffic for the last days, so every README example answers
 * with data. It is generated in the background; meanwhile the health endpoint says
 * OUT_OF_SERVICE ({@link DemoHealthIndicator}) and the control API shows the workspace's
 * progress. An interrupted generation is started over on the next start.
 */
@Component
public class DemoWorkspace {

	static final String ID = "demo";

	/**
	 * Its settings, credentials for every vendor lens: data, kept in a file, because this
	 * module knows no vendor (the push applications are DayTraffic's).
	 */
	static final WorkspaceSettings SETTINGS = JsonMapper.shared()
		.readValue(DemoWorkspace.class.getResourceAsStream("demo-workspace.json"), WorkspaceSettings.class);

	private static final Logger logger = LoggerFactory.getLogger(DemoWorkspace.class);

	private final EmulatorProperties.Demo properties;

	private final WorkspaceService workspaces;

	private final TrafficGenerator generator;

	private final EmulatorClock clock;

	private volatile State state;

	private volatile Thread worker;

	private volatile boolean stopping;

	DemoWorkspace(EmulatorProperties properties, WorkspaceService workspaces, TrafficGenerator generator,
			EmulatorClock clock) {
		this.properties = properties.demo();
		this.workspaces = workspaces;
		this.generator = generator;
		this.clock = clock;
		this.state = this.properties.enabled() ? State.PENDING : State.DISABLED;
	}

	/** Where the demo workspace stands; the health endpoint reports it. */
	enum State {

		/** Turned off (emulator.demo.enabled=false). */
		DISABLED,
		/** Not checked yet: the service is starting. */
		PENDING,
		/** Its traffic is being generated: numbers are still growing. */
		GENERATING,
		/** Complete. */
		READY,
		/** Generation failed (logged); it is generated again on the next start. */
		FAILED

	}

	State state() {
		return this.state;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!this.properties.enabled()) {
			return;
		}
		Thread thread = new Thread(this::ensure, "demo-workspace");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	/** A generation cut short by shutdown is started over on the next start. */
	@EventListener(ContextClosedEvent.class)
	void onClose() {
		this.stopping = true;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
		}
	}

	/**
	 * Creates the demo workspace again in the background (after a reset), whether or not
	 * the demo is enabled at start-up.
	 */
	public void recreate() {
		Thread thread = new Thread(this::ensure, "demo-workspace");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	void ensure() {
		try {
			if (this.workspaces.find(ID).isPresent()) {
				if (this.workspaces.isReady(ID)) {
					this.state = State.READY;
					logger.info("Demo workspace '{}' is ready (emulator.demo.enabled=false turns it off)", ID);
					return;
				}
				logger.info("Demo workspace '{}' was left incomplete by an earlier start; generating it again", ID);
				this.workspaces.delete(ID);
			}
			this.state = State.GENERATING;
			this.workspaces.put(ID, SETTINGS);
			this.workspaces.setReady(ID, false);
			Instant now = this.clock.now();
			Instant from = TimeBucketer.plusLocalDays(TimeBucketer.unitStart(now, BucketUnit.DAY,
					this.workspaces.require(ID).timezone(), DayOfWeek.MONDAY), -this.properties.days(),
					this.workspaces.require(ID).timezone());
			GenerationResult result = this.generator.generate(ID,
					new GenerationRequest(this.properties.seed(), from, now, this.properties.eventsPerDay(), Set.of()));
			this.workspaces.setReady(ID, true);
			this.state = State.READY;
			logger.info("Demo workspace '{}' is ready: {} events over {} days, {} messages", ID, result.stored(),
					this.properties.days(), result.messages());
		}
		catch (CredentialConflictException ex) {
			this.state = State.FAILED;
			logger.warn("Demo workspace not created: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			this.state = State.FAILED;
			if (this.stopping) {
				// Not a fault: the service stopped (in tests, the context closed) while
				// the demo was generated.
				logger.info("Demo workspace generation stopped by shutdown; it is generated again on the next start");
			}
			else {
				logger.error("Demo workspace generation failed; it is generated again on the next start", ex);
			}
		}
	}

}
