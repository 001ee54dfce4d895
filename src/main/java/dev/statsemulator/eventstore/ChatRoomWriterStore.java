package dev.statsemulator.eventstore;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.statsemulator.answercache.AnswerCache;

import org.springframework.stereotype.Component;

/**
 * Who wrote in chat rooms: the distinct contacts of a room's chat messages. This lists
 * stored events (it is not a count), for lenses that show a room's members, such as the
 * usernames of a direct room.
 */
@Component
public class ChatRoomWriterStore {

	private final KeyLookupStore keys;

	private final AnswerCache answers;

	ChatRoomWriterStore(KeyLookupStore keys, AnswerCache answers) {
		this.keys = keys;
		this.answers = answers;
	}

	/**
	 * The distinct contacts that wrote at least one chat message in each room, over all
	 * time, sorted; rooms without any are absent.
	 * @param workspaceId whose events
	 * @param roomIds the rooms
	 * @return contacts by room id
	 */
	public Map<String, List<String>> byRoom(String workspaceId, Collection<String> roomIds) {
		List<String> rooms = List.copyOf(new TreeSet<>(roomIds));
		return this.answers.get(workspaceId, new WritersKey(rooms), () -> read(workspaceId, rooms),
				(writers) -> 64 + writers.values().stream().mapToInt((contacts) -> 64 + contacts.size() * 64).sum());
	}

	private Map<String, List<String>> read(String workspaceId, List<String> roomIds) {
		Map<String, TreeSet<String>> writers = new TreeMap<>();
		this.keys.query("DISTINCT t.room_id, t.contact", "event",
				"t.workspace_id = ? AND t.type = ? AND t.contact IS NOT NULL AND t.room_id IS NOT NULL",
				List.of(workspaceId, EventType.CHAT_MESSAGE.code()), "room_id", new ArrayList<>(roomIds),
				(ResultSet rs) -> {
					writers.computeIfAbsent(rs.getString(1), (room) -> new TreeSet<>()).add(rs.getString(2));
				});
		Map<String, List<String>> result = new LinkedHashMap<>();
		writers.forEach((room, contacts) -> result.put(room, List.copyOf(contacts)));
		return Collections.unmodifiableMap(result);
	}

	/** The key of cached writers: the rooms, sorted. */
	private record WritersKey(List<String> roomIds) {
	}

}
