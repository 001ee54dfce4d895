package dev.statsemulator.eventstore;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chat rooms that chat messages were written in, by id, with their latest name and
 * type.
 */
@Component
class ChatRoomStore {

	private final JdbcTemplate jdbc;

	private final KeyLookupStore keys;

	ChatRoomStore(JdbcTemplate jdbc, KeyLookupStore keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Records the rooms of chat messages; a room's latest name and type win. */
	void ensureRooms(String workspaceId, List<Event> events) {
		Map<String, Room> rooms = new LinkedHashMap<>();
		events.stream()
			.filter((event) -> event.room() != null)
			.forEach((event) -> rooms.put(event.room().id(), event.room()));
		if (rooms.isEmpty()) {
			return;
		}
		Map<String, Room> stored = new HashMap<>();
		this.keys.query("t.id, t.name, t.type", "room", "t.workspace_id = ?", List.of(workspaceId), "id",
				new ArrayList<>(rooms.keySet()), (ResultSet rs) -> {
					stored.put(rs.getString(1), new Room(rs.getString(1), rs.getString(2), rs.getString(3)));
				});
		for (Room room : rooms.values()) {
			Room known = stored.get(room.id());
			if (known == null) {
				this.jdbc.update("INSERT INTO room (workspace_id, id, name, type) VALUES (?, ?, ?, ?)", workspaceId,
						room.id(), room.name(), room.type());
			}
			else if (!known.equals(room)) {
				this.jdbc.update("UPDATE room SET name = ?, type = ? WHERE workspace_id = ? AND id = ?", room.name(),
						room.type(), workspaceId, room.id());
			}
		}
	}

	List<Room> rooms(String workspaceId) {
		return this.jdbc.query("SELECT id, name, type FROM room WHERE workspace_id = ? ORDER BY id",
				(rs, row) -> new Room(rs.getString(1), rs.getString(2), rs.getString(3)), workspaceId);
	}

}
