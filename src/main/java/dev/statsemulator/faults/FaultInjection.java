package dev.statsemulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.statsemulator.workspace.WorkspaceDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The fault injection's facade: rules per workspace, and the decision for each vendor
 * call. Rules live in memory (a restart clears them). Each rule draws its random numbers
 * from its own generator seeded by the rule, in the order calls arrive, so a test that
 * makes the same calls sees the same failures.
 */
@Service
public class FaultInjection {

	private static final Set<String> VENDORS = Set.of("tellody", "getresponse", "rocketchat", "pushwoosh");

	private static final long MAX_DELAY_MILLIS = 60_000;

	private final Map<String, List<ActiveRule>> rules = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	/**
	 * Adds a rule to the workspace.
	 * @return the rule as stored, with its id
	 * @throws InvalidFaultException when the rule is invalid
	 */
	public FaultRule add(String workspaceId, FaultRule rule) {
		List<String> problems = new ArrayList<>();
		if (rule == null) {
			throw new InvalidFaultException(List.of("body: a fault rule is required"));
		}
		if (rule.vendor() != null && !VENDORS.contains(rule.vendor())) {
			problems.add("vendor: '" + rule.vendor() + "' is not one of "
					+ String.join(", ", VENDORS.stream().sorted().toList()));
		}
		if (rule.path() != null && !rule.path().startsWith("/")) {
			problems.add("path: must start with /");
		}
		long delay = (rule.delayMillis() != null) ? rule.delayMillis() : 0;
		if (delay < 0 || delay > MAX_DELAY_MILLIS) {
			problems.add("delayMillis: must be 0 to " + MAX_DELAY_MILLIS);
		}
		if (rule.maxDelayMillis() != null
				&& (rule.maxDelayMillis() < delay || rule.maxDelayMillis() > MAX_DELAY_MILLIS)) {
			problems.add("maxDelayMillis: must be delayMillis to " + MAX_DELAY_MILLIS);
		}
		if (rule.errorRate() != null && !(rule.errorRate() >= 0 && rule.errorRate() <= 1)) {
			problems.add("errorRate: must be between 0 and 1");
		}
		if (rule.failNext() != null && rule.failNext() < 0) {
			problems.add("failNext: must be 0 or more");
		}
		FaultKind failure = FaultKind.RATE_LIMIT;
		if (rule.failure() != null) {
			failure = FaultKind.fromCode(rule.failure()).orElse(null);
			if (failure == null) {
				problems
					.add("failure: '" + rule.failure() + "' is not one of rate-limit, unavailable, session-expired");
			}
		}
		if (delay == 0 && rule.maxDelayMillis() == null && rule.errorRate() == null && rule.failNext() == null) {
			problems.add("a rule needs delayMillis, maxDelayMillis, errorRate or failNext");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFaultException(problems);
		}
		long seed = (rule.seed() != null) ? rule.seed() : 0L;
		String id = Long.toString(this.ids.incrementAndGet());
		ActiveRule active = new ActiveRule(new FaultRule(id, rule.vendor(), rule.path(), delay, rule.maxDelayMillis(),
				rule.errorRate(), rule.failNext(), failure.code(), seed, 0L), failure, new Random(seed));
		this.rules.computeIfAbsent(workspaceId, (key) -> new ArrayList<>());
		List<ActiveRule> list = this.rules.get(workspaceId);
		synchronized (list) {
			list.add(active);
		}
		return active.view();
	}

	public List<FaultRule> list(String workspaceId) {
		List<ActiveRule> list = this.rules.get(workspaceId);
		if (list == null) {
			return List.of();
		}
		synchronized (list) {
			return list.stream().map(ActiveRule::view).toList();
		}
	}

	/** Removes one rule; false when the workspace has no such rule. */
	public boolean remove(String workspaceId, String ruleId) {
		List<ActiveRule> list = this.rules.get(workspaceId);
		if (list == null) {
			return false;
		}
		synchronized (list) {
			return list.removeIf((rule) -> rule.rule.id().equals(ruleId));
		}
	}

	public void clear(String workspaceId) {
		this.rules.remove(workspaceId);
	}

	public void clearAll() {
		this.rules.clear();
	}

	/** Whether any workspace has a rule: when none has, calls skip the decision. */
	public boolean any() {
		return !this.rules.isEmpty();
	}

	/**
	 * What to do to a call: the first rule of the workspace that applies to it and
	 * injects something decides.
	 */
	public FaultDecision decide(String workspaceId, String vendor, String path) {
		List<ActiveRule> list = this.rules.get(workspaceId);
		if (list == null) {
			return FaultDecision.NONE;
		}
		synchronized (list) {
			for (ActiveRule rule : list) {
				if (rule.appliesTo(vendor, path)) {
					FaultDecision decision = rule.decide();
					if (decision.injects()) {
						return decision;
					}
				}
			}
		}
		return FaultDecision.NONE;
	}

	@EventListener
	void on(WorkspaceDeleted deleted) {
		clear(deleted.workspaceId());
	}

	/** A rule with its state: its random generator and how many calls it still fails. */
	private static final class ActiveRule {

		private final FaultRule rule;

		private final FaultKind failure;

		private final Random random;

		private int failNext;

		private long injected;

		ActiveRule(FaultRule rule, FaultKind failure, Random random) {
			this.rule = rule;
			this.failure = failure;
			this.random = random;
			this.failNext = (rule.failNext() != null) ? rule.failNext() : 0;
		}

		boolean appliesTo(String vendor, String path) {
			return (this.rule.vendor() == null || this.rule.vendor().equals(vendor))
					&& (this.rule.path() == null || path.startsWith(this.rule.path()));
		}

		FaultDecision decide() {
			long delay = this.rule.delayMillis();
			if (this.rule.maxDelayMillis() != null && this.rule.maxDelayMillis() > delay) {
				delay += (long) (this.random.nextDouble() * (this.rule.maxDelayMillis() - delay + 1));
			}
			boolean fail = false;
			if (this.failNext > 0) {
				this.failNext--;
				fail = true;
			}
			else if (this.rule.errorRate() != null) {
				fail = this.random.nextDouble() < this.rule.errorRate();
			}
			FaultDecision decision = new FaultDecision(delay, fail ? this.failure : null, this.rule.id());
			if (decision.injects()) {
				this.injected++;
			}
			return decision;
		}

		FaultRule view() {
			return new FaultRule(this.rule.id(), this.rule.vendor(), this.rule.path(), this.rule.delayMillis(),
					this.rule.maxDelayMillis(), this.rule.errorRate(),
					(this.rule.failNext() != null) ? this.failNext : null, this.rule.failure(), this.rule.seed(),
					this.injected);
		}

	}

}
