package dev.statsemulator.answercache;

import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results of reads of a workspace's stored data, each kept under the workspace's write
 * version ({@link WorkspaceVersions}) current when it was read: a result is answered
 * again only while that version is current, so an answer is always what the database
 * holds after the last write that returned. Exact by construction, whatever the read: the
 * key is everything the read depends on besides the stored data (the query, with its time
 * range resolved), the version stands for the data.
 * <p>
 * One entry per key: a result read under a newer version replaces the older one. Bounded
 * by an estimate of the results' size; the least used go first. Hits and misses are
 * counted as Micrometer's {@code cache.gets} with {@code cache=answers} and
 * {@code result} {@code hit} or {@code miss} (a result kept under an older version is a
 * miss).
 */
@Component
public class AnswerCache {

	/** What an entry costs besides its value: the entry, its key and the map's node. */
	private static final int ENTRY_BYTES = 160;

	private static final String GETS = "Answer cache look-ups: hit (answered from memory), miss (read from the database)";

	/** The weight of a value whose size is not estimated. */
	private static final int DEFAULT_VALUE_BYTES = 256;

	private final WorkspaceVersions versions;

	private final @Nullable Cache<Key, Entry> cache;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	AnswerCache(AnswerCacheProperties properties, WorkspaceVersions versions, ObjectProvider<MeterRegistry> meters) {
		this.versions = versions;
		if (properties.enabled()) {
			this.cache = Caffeine.newBuilder()
				.maximumWeight(properties.maxSize().toBytes())
				.weigher((Key key, Entry entry) -> entry.weight())
				// Evictions on the thread that adds, at once: the bound holds when the
				// add returns.
				.executor(Runnable::run)
				.recordStats()
				.build();
		}
		else {
			this.cache = null;
		}
		meters.ifAvailable(this::register);
	}

	/**
	 * The result of {@code read} for this workspace and key, read now or earlier under
	 * the workspace's current version.
	 * @param workspaceId whose data the read reads
	 * @param key everything else the result depends on (equal keys, equal reads): a
	 * record or a list of values
	 * @param read reads the result from the database; not null
	 */
	public <T> T get(String workspaceId, Object key, Supplier<T> read) {
		return get(workspaceId, key, read, (value) -> DEFAULT_VALUE_BYTES);
	}

	/**
	 * As {@link #get(String, Object, Supplier)}, with an estimate of a result's size in
	 * bytes.
	 */
	public <T> T get(String workspaceId, Object key, Supplier<T> read, ToIntFunction<? super T> bytes) {
		Cache<Key, Entry> entries = this.cache;
		if (entries == null || writing()) {
			// Inside a write, a read may see what is not committed yet: never kept.
			return read.get();
		}
		// The version first: what is read after it is at least as new as it.
		long version = this.versions.current(workspaceId);
		Key cacheKey = new Key(workspaceId, key);
		Entry cached = entries.getIfPresent(cacheKey);
		if (cached != null && cached.version() == version) {
			this.hits.increment();
			@SuppressWarnings("unchecked")
			T value = (T) cached.value();
			return value;
		}
		this.misses.increment();
		T value = Objects.requireNonNull(read.get(), "a cached read's result");
		Entry fresh = new Entry(version, value, ENTRY_BYTES + Math.max(0, bytes.applyAsInt(value)));
		entries.asMap()
			.merge(cacheKey, fresh, (stored, given) -> (stored.version() > given.version()) ? stored : given);
		return value;
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/** Whether results are cached at all ({@code emulator.answer-cache.enabled}). */
	public boolean enabled() {
		return this.cache != null;
	}

	/** Results answered from the cache since start. */
	public long hits() {
		return this.hits.sum();
	}

	/** Results read from the database, while the cache is enabled, since start. */
	public long misses() {
		return this.misses.sum();
	}

	private void register(MeterRegistry registry) {
		Cache<Key, Entry> entries = this.cache;
		FunctionCounter.builder("cache.gets", this.hits, LongAdder::sum)
			.tags("cache", "answers", "result", "hit")
			.description(GETS)
			.register(registry);
		FunctionCounter.builder("cache.gets", this.misses, LongAdder::sum)
			.tags("cache", "answers", "result", "miss")
			.description(GETS)
			.register(registry);
		if (entries != null) {
			Gauge.builder("cache.size", entries, Cache::estimatedSize)
				.tags("cache", "answers")
				.description("Results held by the answer cache")
				.register(registry);
			FunctionCounter.builder("cache.evictions", entries, (cache) -> cache.stats().evictionCount())
				.tags("cache", "answers")
				.description("Results the answer cache dropped to stay within its size")
				.register(registry);
		}
	}

	private record Key(String workspaceId, Object key) {
	}

	private record Entry(long version, Object value, int weight) {
	}

}
