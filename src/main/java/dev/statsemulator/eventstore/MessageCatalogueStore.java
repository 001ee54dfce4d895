package dev.statsemulator.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The message catalogue (chat rooms are {@link ChatRoomStore}'s). */
@Component
class MessageCatalogueStore {

	/**
	 * The content column's width: content serialized longer is a 400, not a failed
	 * insert.
	 */
	static final int MAX_CONTENT_CHARS = 100_000;

	private static final String COLUMNS = "id, number, registered, application, campaign, channel, platforms, name, "
			+ "subject, title, content, template, created_at, send_at, status, source, type";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final RowMapper<CatalogueMessage> mapper = this::toMessage;

	private final KeyLookupStore keys;

	MessageCatalogueStore(JdbcTemplate jdbc, JsonMapper json, KeyLookupStore keys) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Creates catalogue entries, with defaults, for messages that new events reference.
	 */
	void ensureFromEvents(String workspaceId, List<Event> events) {
		Map<String, List<Event>> byMessage = new LinkedHashMap<>();
		for (Event event : events) {
			if (event.message() != null && event.type() != EventType.CHAT_MESSAGE) {
				byMessage.computeIfAbsent(event.message(), (id) -> new ArrayList<>()).add(event);
			}
		}
		if (byMessage.isEmpty()) {
			return;
		}
		Map<String, CatalogueMessage> existing = new HashMap<>();
		this.keys.query("t." + COLUMNS.replace(", ", ", t."), "message", "t.workspace_id = ?", List.of(workspaceId),
				"id", new ArrayList<>(byMessage.keySet()), (ResultSet rs) -> {
					CatalogueMessage message = this.mapper.mapRow(rs, 0);
					existing.put(message.id(), message);
				});
		for (Map.Entry<String, List<Event>> entry : byMessage.entrySet()) {
			List<Event> messageEvents = entry.getValue();
			// Defaults come from the message's earliest event, never from arrival order.
			Event earliest = messageEvents.stream().min(EARLIEST_FIRST).orElseThrow();
			Set<String> platforms = new TreeSet<>();
			messageEvents.stream()
				.map(Event::platformCode)
				.filter((platform) -> !platform.isEmpty())
				.forEach(platforms::add);
			CatalogueMessage known = existing.get(entry.getKey());
			if (known == null) {
				this.jdbc.update(
						"INSERT INTO message (workspace_id, id, number, registered, application, campaign, "
								+ "channel, platforms, created_at) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?)",
						workspaceId, entry.getKey(), freeNumber(workspaceId, entry.getKey()), earliest.application(),
						earliest.campaign(), earliest.channel().code(), String.join(",", platforms),
						earliest.at().toEpochMilli());
			}
			else if (!known.registered()) {
				platforms.addAll(known.platforms());
				if (EARLIEST_FIRST_DEFAULTS.compare(defaults(earliest), defaults(known)) < 0) {
					this.jdbc.update(
							"UPDATE message SET created_at = ?, platforms = ?, application = ?, campaign = ?, channel = ? "
									+ "WHERE workspace_id = ? AND id = ?",
							earliest.at().toEpochMilli(), String.join(",", platforms), earliest.application(),
							earliest.campaign(), earliest.channel().code(), workspaceId, entry.getKey());
				}
				else if (platforms.size() > known.platforms().size()) {
					this.jdbc.update("UPDATE message SET platforms = ? WHERE workspace_id = ? AND id = ?",
							String.join(",", platforms), workspaceId, entry.getKey());
				}
			}
		}
	}

	/** What an unregistered message takes from its earliest event. */
	private record Defaults(long at, String channel, String campaign, String application) {
	}

	/** By time, then by the values themselves, so equal times still give one answer. */
	private static final Comparator<Defaults> EARLIEST_FIRST_DEFAULTS = Comparator.comparingLong(Defaults::at)
		.thenComparing(Defaults::channel)
		.thenComparing(Defaults::campaign, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Defaults::application, Comparator.nullsLast(Comparator.naturalOrder()));

	private static final Comparator<Event> EARLIEST_FIRST = Comparator.comparing(MessageCatalogueStore::defaults,
			EARLIEST_FIRST_DEFAULTS);

	private static Defaults defaults(Event event) {
		return new Defaults(event.at().toEpochMilli(), event.channel().code(), event.campaign(), event.application());
	}

	private static Defaults defaults(CatalogueMessage message) {
		return new Defaults(message.createdAt().toEpochMilli(), message.channel(), message.campaign(),
				message.application());
	}

	/**
	 * A message's number follows from its id (a 10-digit number, as vendors show message
	 * ids), so it does not depend on the order messages appear in; the next free one on
	 * the rare collision.
	 */
	private long freeNumber(String workspaceId, String messageId) {
		long number = numberFor(messageId);
		while (findByNumber(workspaceId, number).isPresent()) {
			number = (number == 9_999_999_999L) ? 1_000_000_000L : number + 1;
		}
		return number;
	}

	static long numberFor(String messageId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
			return 1_000_000_000L + Math.floorMod(ByteBuffer.wrap(digest).getLong(), 9_000_000_000L);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Registers or updates messages; validated as a whole first. */
	List<CatalogueMessage> register(String workspaceId, List<MessageRegistration> registrations, Instant now) {
		List<BatchError> errors = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		Map<Long, String> numbers = new HashMap<>();
		for (int i = 0; i < registrations.size(); i++) {
			validate(i, registrations.get(i), errors, ids, numbers);
		}
		if (!errors.isEmpty()) {
			throw new InvalidBatchException("messages", errors);
		}
		List<BatchError> conflicts = new ArrayList<>();
		numbers.forEach((number, id) -> findByNumber(workspaceId, number).filter((other) -> !other.id().equals(id))
			.ifPresent((other) -> conflicts.add(new BatchError(indexOf(registrations, id), "number",
					"number " + number + " already belongs to message '" + other.id() + "'"))));
		if (!conflicts.isEmpty()) {
			throw new BatchConflictException("message numbers already in use; nothing was stored", conflicts);
		}
		// Explicit numbers first, so a number derived from an id never takes one this
		// batch gives.
		List<MessageRegistration> ordered = new ArrayList<>(registrations);
		ordered.sort(Comparator.comparing((MessageRegistration registration) -> registration.number() == null));
		for (MessageRegistration registration : ordered) {
			Optional<CatalogueMessage> known = find(workspaceId, registration.id());
			long number = (registration.number() != null) ? registration.number()
					: known.map(CatalogueMessage::number).orElseGet(() -> freeNumber(workspaceId, registration.id()));
			Instant createdAt = (registration.createdAt() != null && !registration.createdAt().isNull())
					? EventTimes.instantOf(registration.createdAt())
					: known.map(CatalogueMessage::createdAt).orElse(now);
			Object[] values = { number, registration.application(), registration.campaign(),
					(registration.channel() != null) ? registration.channel() : "email",
					String.join(",",
							(registration.platforms() != null) ? new LinkedHashSet<>(registration.platforms())
									: Set.of()),
					registration.name(), registration.subject(), registration.title(),
					(registration.content() != null) ? this.json.writeValueAsString(registration.content()) : null,
					registration.template(), createdAt.toEpochMilli(),
					(registration.sendAt() != null && !registration.sendAt().isNull())
							? EventTimes.instantOf(registration.sendAt()).toEpochMilli() : null,
					registration.status(), registration.source(), registration.type() };
			if (known.isPresent()) {
				List<Object> args = new ArrayList<>(Arrays.asList(values));
				args.add(workspaceId);
				args.add(registration.id());
				this.jdbc.update("UPDATE message SET registered = TRUE, number = ?, application = ?, campaign = ?, "
						+ "channel = ?, platforms = ?, name = ?, subject = ?, title = ?, content = ?, template = ?, "
						+ "created_at = ?, send_at = ?, status = ?, source = ?, type = ? WHERE workspace_id = ? AND id = ?",
						args.toArray());
			}
			else {
				List<Object> args = new ArrayList<>(List.of(workspaceId, registration.id()));
				args.addAll(Arrays.asList(values));
				this.jdbc.update("INSERT INTO message (workspace_id, id, number, application, campaign, channel, "
						+ "platforms, name, subject, title, content, template, created_at, send_at, status, source, type, "
						+ "registered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)",
						args.toArray());
			}
		}
		return registrations.stream()
			.map((registration) -> find(workspaceId, registration.id()).orElseThrow())
			.toList();
	}

	private static int indexOf(List<MessageRegistration> registrations, String id) {
		for (int i = 0; i < registrations.size(); i++) {
			if (id.equals(registrations.get(i).id())) {
				return i;
			}
		}
		return -1;
	}

	private static void validate(int index, MessageRegistration registration, List<BatchError> errors, Set<String> ids,
			Map<Long, String> numbers) {
		if (registration == null) {
			errors.add(new BatchError(index, null, "a message must be a JSON object"));
			return;
		}
		if (registration.id() == null || registration.id().isEmpty() || registration.id().length() > 128) {
			errors.add(new BatchError(index, "id", "is required: 1 to 128 characters"));
		}
		else if (!ids.add(registration.id())) {
			errors.add(new BatchError(index, "id", "'" + registration.id() + "' appears twice in this batch"));
		}
		if (registration.number() != null) {
			if (registration.number() <= 0) {
				errors.add(new BatchError(index, "number", "must be a positive integer"));
			}
			else if (numbers.put(registration.number(), String.valueOf(registration.id())) != null) {
				errors.add(new BatchError(index, "number", registration.number() + " appears twice in this batch"));
			}
		}
		if (registration.channel() != null && Channel.fromCode(registration.channel()).isEmpty()) {
			errors.add(new BatchError(index, "channel",
					"'" + registration.channel() + "' is not one of email, sms, push, chat"));
		}
		if (registration.platforms() != null) {
			for (String platform : registration.platforms()) {
				if (platform == null || Platform.fromCode(platform).isEmpty()) {
					errors.add(new BatchError(index, "platforms", "'" + platform + "' is not a platform ("
							+ String.join(", ", Arrays.stream(Platform.values()).map(Platform::code).toList()) + ")"));
				}
			}
		}
		if (registration.content() != null && !registration.content().isNull()) {
			if (!registration.content().isObject()) {
				errors.add(new BatchError(index, "content", "must be a JSON object"));
			}
			else if (registration.content().toString().length() > MAX_CONTENT_CHARS) {
				errors.add(new BatchError(index, "content",
						"must be at most " + MAX_CONTENT_CHARS + " characters as JSON"));
			}
		}
		checkTime(index, "createdAt", registration.createdAt(), errors);
		checkTime(index, "sendAt", registration.sendAt(), errors);
		checkLength(index, "name", registration.name(), 1000, errors);
		checkLength(index, "subject", registration.subject(), 2000, errors);
		checkLength(index, "title", registration.title(), 2000, errors);
		checkLength(index, "application", registration.application(), 64, errors);
		checkLength(index, "campaign", registration.campaign(), 64, errors);
		checkLength(index, "template", registration.template(), 200, errors);
		checkLength(index, "status", registration.status(), 32, errors);
		checkLength(index, "source", registration.source(), 32, errors);
		checkLength(index, "type", registration.type(), 32, errors);
	}

	private static void checkTime(int index, String field, JsonNode value, List<BatchError> errors) {
		if (value != null && !value.isNull() && EventTimes.instantOf(value) == null) {
			errors.add(new BatchError(index, field,
					"'" + (value.isValueNode() ? value.asString() : value.toString())
							+ "' is not an ISO-8601 instant with offset (2024-08-03T15:04:05Z) or epoch milliseconds, "
							+ EventTimes.RANGE));
		}
	}

	private static void checkLength(int index, String field, String value, int max, List<BatchError> errors) {
		if (value != null && value.length() > max) {
			errors.add(new BatchError(index, field, "must be at most " + max + " characters"));
		}
	}

	List<CatalogueMessage> list(String workspaceId) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM message WHERE workspace_id = ? ORDER BY created_at, id",
				this.mapper, workspaceId);
	}

	List<CatalogueMessage> listOfApplication(String workspaceId, String application) {
		return this.jdbc.query(
				"SELECT " + COLUMNS
						+ " FROM message WHERE workspace_id = ? AND application = ? ORDER BY created_at, id",
				this.mapper, workspaceId, application);
	}

	Optional<CatalogueMessage> find(String workspaceId, String id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM message WHERE workspace_id = ? AND id = ?", this.mapper, workspaceId,
					id)
			.stream()
			.findFirst();
	}

	Optional<CatalogueMessage> findByNumber(String workspaceId, long number) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM message WHERE workspace_id = ? AND number = ?", this.mapper,
					workspaceId, number)
			.stream()
			.findFirst();
	}

	private CatalogueMessage toMessage(ResultSet rs, int row) throws SQLException {
		String platforms = rs.getString("platforms");
		String content = rs.getString("content");
		long sendAt = rs.getLong("send_at");
		boolean sendAtNull = rs.wasNull();
		return new CatalogueMessage(rs.getString("id"), rs.getLong("number"), rs.getBoolean("registered"),
				rs.getString("application"), rs.getString("campaign"), rs.getString("channel"),
				(platforms == null || platforms.isEmpty()) ? List.of() : List.of(platforms.split(",")),
				rs.getString("name"), rs.getString("subject"), rs.getString("title"),
				(content != null) ? this.json.readTree(content) : null, rs.getString("template"),
				Instant.ofEpochMilli(rs.getLong("created_at")), sendAtNull ? null : Instant.ofEpochMilli(sendAt),
				rs.getString("status"), rs.getString("source"), rs.getString("type"));
	}

}
