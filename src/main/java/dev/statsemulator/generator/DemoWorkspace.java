package dev.statsemulator.generator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.statsemulator.EmulatorProperties;
import dev.statsemulator.aggregation.BucketUnit;
import dev.statsemulator.aggregation.TimeBucketer;
import dev.statsemulator.clock.EmulatorClock;
import dev.statsemulator.workspace.CredentialConflictException;
import dev.statsemulator.workspace.WorkspaceService;
import dev.statsemulator.workspace.WorkspaceSettings;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On first start, the {@code demo} workspace: credentials for all four vendors (listed in
 * the README) and generated traffic for the last days, so every README example answers
 * with data at once. It is generated in the background; the service is healthy meanwhile.
 * An interrupted generation is started over on the next start.
 */
@Component
public class DemoWorkspace {

	static final String ID = "demo";

	static final WorkspaceSettings SETTINGS = new WorkspaceSettings("Europe/Athens",
			new WorkspaceSettings.Tellody(
					List.of(new WorkspaceSettings.TellodyUser("demo", "demo-pass", "demo@example.com"))),
			new WorkspaceSettings.GetResponse(List.of("demo-getresponse-key")),
			new WorkspaceSettings.RocketChat(true,
					List.of(new WorkspaceSettings.RocketChatUser("demo-user-id", "demo-rocketchat-token", "demo",
							"demo-pass", List.of("view-engagement-dashboard")))),
			new WorkspaceSettings.Pushwoosh(List.of(new WorkspaceSettings.PushwooshToken("demo-pushwoosh-token",
					List.of(DayTraffic.PUSH_APPLICATION, DayTraffic.EMAIL_APPLICATION)))));

	private static final Logger logger = LoggerFactory.getLogger(DemoWorkspace.class);

	private final EmulatorProperties.Demo properties;

	private final WorkspaceService workspaces;

	private final TrafficGenerator generator;

	private final EmulatorClock clock;

	DemoWorkspace(EmulatorProperties properties, WorkspaceService workspaces, TrafficGenerator generator,
			EmulatorClock clock) {
		this.properties = properties.demo();
		this.workspaces = workspaces;
		this.generator = generator;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!this.properties.enabled()) {
			return;
		}
		Thread thread = new Thread(this::ensure, "demo-workspace");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Creates the demo workspace again in the background (after a reset), whether or not
	 * the demo is enabled at start-up.
	 */
	public void recreate() {
		Thread thread = new Thread(this::ensure, "demo-workspace");
		thread.setDaemon(true);
		thread.start();
	}

	void ensure() {
		try {
			if (this.workspaces.find(ID).isPresent()) {
				if (this.workspaces.isReady(ID)) {
					logger.info("Demo workspace '{}' is ready (emulator.demo.enabled=false turns it off)", ID);
					return;
				}
				logger.info("Demo workspace '{}' was left incomplete by an earlier start; generating it again", ID);
				this.workspaces.delete(ID);
			}
			this.workspaces.put(ID, SETTINGS);
			this.workspaces.setReady(ID, false);
			Instant now = this.clock.now();
			Instant from = TimeBucketer.plusLocalDays(TimeBucketer.unitStart(now, BucketUnit.DAY,
					this.workspaces.require(ID).timezone(), DayOfWeek.MONDAY), -this.properties.days(),
					this.workspaces.require(ID).timezone());
			GenerationResult result = this.generator.generate(ID,
					new GenerationRequest(this.properties.seed(), from, now, this.properties.eventsPerDay(), Set.of()));
			this.workspaces.setReady(ID, true);
			logger.info("Demo workspace '{}' is ready: {} events over {} days, {} messages", ID, result.stored(),
					this.properties.days(), result.messages());
		}
		catch (CredentialConflictException ex) {
			logger.warn("Demo workspace not created: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Demo workspace generation failed; it is generated again on the next start", ex);
		}
	}

}
