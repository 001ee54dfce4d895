package dev.statsemulator.answercache;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer cache's rules, without a database: a result is answered again only under the
 * version it was read under, a version moves on after the transaction of its write, and a
 * read inside a write is never kept.
 */
class AnswerCacheTests {

	private final WorkspaceVersions versions = new WorkspaceVersions(properties(true), new WriteVersionRepository(null),
			null);

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AnswerCache cache = new AnswerCache(properties(true), this.versions, provider(this.meters));

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
	}

	@Test
	void aResultIsAnsweredAgainUntilItsWorkspaceChanges() {
		assertThat(read("a", "q")).isEqualTo(1);
		assertThat(read("a", "q")).isEqualTo(1);
		assertThat(read("a", "other")).isEqualTo(2);
		this.versions.changed("b");
		assertThat(read("a", "q")).as("another workspace's write").isEqualTo(1);
		this.versions.changed("a");
		assertThat(read("a", "q")).isEqualTo(3);
		assertThat(read("a", "q")).isEqualTo(3);
		this.versions.changedAll();
		assertThat(read("a", "q")).isEqualTo(4);
		assertThat(read("a", "other")).isEqualTo(5);
		assertThat(this.cache.hits()).isEqualTo(3);
		assertThat(this.cache.misses()).isEqualTo(5);
		assertThat(this.meters.get("cache.gets").tag("cache", "answers").tag("result", "hit").functionCounter().count())
			.isEqualTo(3);
		assertThat(
				this.meters.get("cache.gets").tag("cache", "answers").tag("result", "miss").functionCounter().count())
			.isEqualTo(5);
	}

	@Test
	void aVersionMovesOnOnlyWhenItsWritesTransactionEnds() {
		long before = this.versions.current("a");
		TransactionSynchronizationManager.initSynchronization();
		this.versions.changed("a");
		this.versions.changedAll();
		assertThat(this.versions.current("a")).as("while the write's transaction runs").isEqualTo(before);
		TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
				TransactionSynchronization.STATUS_COMMITTED);
		TransactionSynchronizationManager.clearSynchronization();
		long after = this.versions.current("a");
		assertThat(after).isGreaterThan(before);
		this.versions.changed("a");
		assertThat(this.versions.current("a")).isGreaterThan(after);
		assertThat(this.versions.current("never-written")).isLessThan(this.versions.current("a"));
	}

	@Test
	void aReadInsideAWriteIsNotKept() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		assertThat(read("a", "q")).isEqualTo(1);
		assertThat(read("a", "q")).isEqualTo(2);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		assertThat(read("a", "q")).isEqualTo(3);
		assertThat(read("a", "q")).as("a read-only transaction's read is kept").isEqualTo(3);
	}

	@Test
	void offEveryReadGoesToTheDatabase() {
		AnswerCache off = new AnswerCache(properties(false), this.versions, provider(this.meters));
		assertThat(off.enabled()).isFalse();
		assertThat(off.get("a", "q", this.reads::incrementAndGet)).isEqualTo(1);
		assertThat(off.get("a", "q", this.reads::incrementAndGet)).isEqualTo(2);
		assertThat(off.hits()).isZero();
	}

	@Test
	void theLeastUsedResultsGoWhenTheSizeIsReached() {
		AnswerCache small = new AnswerCache(
				new AnswerCacheProperties(true, DataSize.ofKilobytes(64), AnswerCacheProperties.Versions.LOCAL),
				this.versions, provider(new SimpleMeterRegistry()));
		for (int i = 0; i < 100; i++) {
			int key = i;
			small.get("a", key, () -> key, (value) -> 4_000);
		}
		int kept = 0;
		for (int i = 0; i < 100; i++) {
			int key = i;
			if (small.get("a", key, () -> -1, (value) -> 4_000) == key) {
				kept++;
			}
		}
		assertThat(kept).isLessThanOrEqualTo(16).isGreaterThan(0);
	}

	private int read(String workspace, Object key) {
		return this.cache.get(workspace, key, this.reads::incrementAndGet);
	}

	private static AnswerCacheProperties properties(boolean enabled) {
		return new AnswerCacheProperties(enabled, DataSize.ofMegabytes(1), AnswerCacheProperties.Versions.LOCAL);
	}

	private static org.springframework.beans.factory.ObjectProvider<MeterRegistry> provider(MeterRegistry registry) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("meters", registry);
		return beans.getBeanProvider(MeterRegistry.class);
	}

}
