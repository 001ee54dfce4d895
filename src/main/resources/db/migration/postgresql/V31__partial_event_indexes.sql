-- PostgreSQL only (H2 has no partial indexes): the two event indexes that serve one kind of event
-- leave the other events out, so inserting an event maintains fewer index entries: only chat
-- messages have a room, and contacts activity has no message. Queries that use these indexes name
-- a room or a message, so the planner knows the column is not null.
DROP INDEX event_room_contact;
CREATE INDEX event_room_contact ON event (workspace_id, room_id, contact) WHERE room_id IS NOT NULL;
DROP INDEX event_message_time;
CREATE INDEX event_message_time ON event (workspace_id, message, at_ms, seq) WHERE message IS NOT NULL;
